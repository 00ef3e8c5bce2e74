package org.steppebrief.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * The print templates: XHTML files in {@code templates/print/}, read at run time so an instructor
 * can restyle a briefing without rebuilding, and rendered by Thymeleaf in XML mode (the PDF
 * renderer needs well-formed XHTML). A template can include only other files of this folder.
 */
public final class PrintTemplates {
  private final Path dir;
  private final TemplateEngine engine = new TemplateEngine();
  private final boolean reload;
  private volatile String fingerprint;

  public PrintTemplates(Path templatesDir, boolean reload) {
    Path print = templatesDir.resolve("print");
    if (!Files.isDirectory(print)) {
      throw new IllegalStateException("no print templates in " + print.toAbsolutePath());
    }
    try {
      this.dir = print.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.reload = reload;
    FileTemplateResolver resolver = new InsideOnly(dir);
    resolver.setPrefix(dir + "/");
    resolver.setSuffix(".xhtml");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(!reload);
    engine.setTemplateResolver(resolver);
    // Print templates never inline JavaScript. The default serializer for it would load Jackson
    // (some 400 classes, a third of a second of a cold `brief`) just because Jackson is on the
    // class path for the web app.
    StandardDialect dialect = new StandardDialect();
    dialect.setJavaScriptSerializer(
        (value, writer) -> {
          throw new PrintTemplateException("print templates cannot inline JavaScript");
        });
    engine.setDialect(dialect);
  }

  /** The folder the templates (and the files they link to) are in. */
  public Path dir() {
    return dir;
  }

  /** Renders {@code name}.xhtml with the model. */
  public String render(String name, Map<String, Object> model) {
    Context context = new Context(Locale.ENGLISH);
    context.setVariables(model);
    try {
      return engine.process(name, context);
    } catch (TemplateInputException e) {
      // Thymeleaf wraps the reason (a refused include, a parse error) in its own message.
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
        if (cause instanceof PrintTemplateException refused) {
          throw refused;
        }
      }
      throw new PrintTemplateException(
          "print template "
              + name
              + ": "
              + e.getMessage()
              + (cause == e ? "" : ": " + cause.getMessage()));
    }
  }

  /**
   * A hash of every file in the folder, so a cached PDF is never served for changed templates. Read
   * once, unless templates are reloaded.
   */
  public String fingerprint() {
    String known = fingerprint;
    if (known != null && !reload) {
      return known;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
      for (Path file : sorted) {
        sha.update(
            dir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Files.readAllBytes(file));
      }
      known = HexFormat.of().formatHex(sha.digest());
      fingerprint = known;
      return known;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file resolver that refuses any template name leading outside the print folder. */
  private static final class InsideOnly extends FileTemplateResolver {
    private final Path root;

    InsideOnly(Path root) {
      this.root = root;
    }

    @Override
    protected ITemplateResource computeTemplateResource(
        IEngineConfiguration configuration,
        String ownerTemplate,
        String template,
        String resourceName,
        String characterEncoding,
        Map<String, Object> templateResolutionAttributes) {
      Path path = Path.of(resourceName).normalize();
      boolean inside = path.startsWith(root);
      if (inside && Files.exists(path)) {
        try {
          inside = path.toRealPath().startsWith(root);
        } catch (IOException e) {
          inside = false;
        }
      }
      if (!inside) {
        throw new PrintTemplateException(
            "print template "
                + (ownerTemplate == null ? template : ownerTemplate)
                + " includes `"
                + template
                + "`, which is outside "
                + root);
      }
      return super.computeTemplateResource(
          configuration,
          ownerTemplate,
          template,
          resourceName,
          characterEncoding,
          templateResolutionAttributes);
    }
  }
}
