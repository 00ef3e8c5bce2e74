package org.steppebrief.web;

import java.nio.file.Path;

/**
 * How a server runs: built once by the command line, read by {@link WebApp}, never global.
 *
 * @param contentDir folder holding seeds/ and questions/
 * @param templatesDir folder holding web/ (pages) and print/
 * @param reload re-read content and templates when they change
 */
public record WebConfig(
    String host,
    int port,
    String jdbcUrl,
    Path dataDir,
    Path contentDir,
    Path templatesDir,
    boolean reload) {}
