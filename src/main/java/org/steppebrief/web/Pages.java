package org.steppebrief.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.steppebrief.i18n.Language;
import org.steppebrief.i18n.Messages;
import org.steppebrief.i18n.ThymeleafMessages;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders pages from {@code templates/web/} with Thymeleaf, read from the folder at run time so an
 * instructor can restyle a page without rebuilding. Templates are cached unless reloading.
 */
public final class Pages {
  private final TemplateEngine engine = new TemplateEngine();
  private final Path webDir;

  public Pages(Path templatesDir, boolean reload) {
    this.webDir = templatesDir.resolve("web").toAbsolutePath().normalize();
    if (!Files.isDirectory(webDir)) {
      throw new IllegalStateException("no page templates in " + webDir);
    }
    FileTemplateResolver resolver = new FileTemplateResolver();
    resolver.setPrefix(webDir + "/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(!reload);
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new ThymeleafMessages(Messages.shipped()));
  }

  public Path webDir() {
    return webDir;
  }

  /** Renders in English (start-up warm-up, tests). */
  public String render(String template, Map<String, Object> model) {
    return render(template, model, Language.EN);
  }

  /** Renders with {@code #{...}} messages in {@code language}. */
  public String render(String template, Map<String, Object> model, Language language) {
    Context context = new Context(language.locale());
    context.setVariables(model);
    return engine.process(template, context);
  }

  public void clearCache() {
    engine.clearTemplateCache();
  }
}
