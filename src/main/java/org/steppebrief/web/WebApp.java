package org.steppebrief.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steppebrief.i18n.Language;
import org.steppebrief.i18n.Messages;
import org.steppebrief.i18n.Texts;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.store.AttemptStore;
import org.steppebrief.store.Database;
import org.steppebrief.store.LearnerStore;
import org.steppebrief.store.Settings;
import org.steppebrief.study.Fsrs5;
import org.steppebrief.study.Scheduler;
import org.steppebrief.study.StudyService;
import org.steppebrief.study.StudyStore;

/** The web application: every route in one place, top to bottom. */
public final class WebApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  /** Forms are small; anything larger is refused before it is read. */
  static final long MAX_REQUEST_BYTES = 64 * 1024;

  private final WebConfig config;
  private final Database db;
  private final LibraryHolder library;
  private final Pages pages;
  private final Javalin javalin;
  private ContentWatcher watcher;

  public WebApp(WebConfig config) {
    this.config = config;
    this.pages = new Pages(config.templatesDir(), config.reload());
    // On a cold JVM, reading the content and opening the database (Flyway) take most of a second
    // each, and the first page render a third: they run side by side.
    CompletableFuture<Opened> opening =
        inBackground(
            () -> {
              Database opened = Database.open(config.jdbcUrl());
              try {
                return new Opened(opened, new Settings(opened).signingKey());
              } catch (RuntimeException e) {
                opened.close();
                throw e;
              }
            });
    CompletableFuture<BriefingHandlers.Writers> printing =
        inBackground(
            () -> {
              warmUp(pages);
              return BriefingHandlers.Writers.of(config.templatesDir(), config.reload());
            });
    try {
      this.library = LibraryHolder.load(config.contentDir());
    } catch (RuntimeException e) {
      opening.thenAccept(o -> o.db().close());
      throw e;
    }
    Opened opened = result(opening);
    this.db = opened.db();
    BriefingHandlers.Writers writers;
    try {
      writers = result(printing);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    LearnerStore learners = new LearnerStore(db);
    AttemptStore attempts = new AttemptStore(db);
    Visitor visitor = new Visitor(learners);
    Csrf csrf = new Csrf(opened.signingKey());
    Views views = new Views(pages, csrf, visitor, library, config.reload());
    HomeHandlers home = new HomeHandlers(library, attempts, learners, visitor, views);
    StudyService study =
        new StudyService(
            new StudyStore(db),
            () -> library.get().library(),
            new Scheduler(new Fsrs5()),
            ZoneId.systemDefault(),
            StudyService.DEFAULT_NEW_PER_DAY);
    StudyHandlers studying =
        new StudyHandlers(study, library, visitor, views, Clock.systemDefaultZone());
    QuizHandlers quiz = new QuizHandlers(library, attempts, visitor, views, study);
    SourceHandlers sources = new SourceHandlers(library, views);
    InstructorHandlers instructors = new InstructorHandlers(new InstructorAccounts(db), views);

    this.javalin =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
              if (LOG.isDebugEnabled()) {
                cfg.requestLogger.http(
                    (ctx, ms) ->
                        LOG.debug("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), ms));
              }

              var r = cfg.routes;
              r.before(SecurityHeaders::apply);
              r.before(Languages::switchIfAsked);
              r.before(
                  ctx -> {
                    if (ctx.method().name().equals("POST") && !csrf.isValid(ctx)) {
                      throw new HttpResponseException(
                          HttpStatus.FORBIDDEN.getCode(), "error.form-expired");
                    }
                  });
              StaticFiles statics =
                  new StaticFiles(pages.webDir().resolve("static"), config.reload());
              r.get("/static/{name}", statics::serve);
              r.head("/static/{name}", statics::serve);
              r.get("/", home::home);
              r.get("/resume", home::resumeForm);
              r.post("/resume", home::resumeWithCode);

              r.get("/quiz/new", quiz::newQuiz);
              r.post("/quiz", quiz::start);
              // Where the new-quiz form's errors are shown; switching language there reloads it.
              r.get("/quiz", ctx -> ctx.redirect("/quiz/new", HttpStatus.SEE_OTHER));
              r.get("/quiz/{attempt}", quiz::resume);
              r.get("/quiz/{attempt}/q/{n}", quiz::question);
              r.post("/quiz/{attempt}/q/{n}", quiz::answer);
              r.get("/quiz/{attempt}/q/{n}/feedback", quiz::feedback);
              r.post("/quiz/{attempt}/finish", quiz::finish);
              r.get("/quiz/{attempt}/result", quiz::result);
              r.post("/quiz/{attempt}/retry", quiz::retry);

              r.get("/study", studying::index);
              r.post("/study/topics", studying::chooseTopics);
              r.get("/study/review", studying::review);
              r.post("/study/review", studying::rate);
              r.get("/progress", studying::progress);

              r.get("/sources", sources::index);
              r.get("/sources/{source}", sources::source);

              r.get("/signin", instructors::signInForm);
              r.post("/signin", instructors::signIn);
              r.post("/signout", instructors::signOut);
              r.before("/instructor/*", instructors::requireInstructor);
              r.before("/instructor", instructors::requireInstructor);
              // Javalin ignores trailing slashes: this also serves /instructor/.
              r.get("/instructor", instructors::dashboard);
              BriefingHandlers print = new BriefingHandlers(library, writers, views);
              r.get("/briefing.pdf", print::publicBriefing);
              r.get("/instructor/print", print::builder);
              r.get("/instructor/briefing.pdf", print::briefing);
              r.get("/instructor/worksheet.pdf", print::worksheet);
              ExportHandlers exports = new ExportHandlers(library, views);
              r.get("/instructor/exports", exports::page);
              r.get("/instructor/exports/download", exports::download);

              r.exception(
                  HttpResponseException.class,
                  (e, ctx) ->
                      error(
                          ctx,
                          views,
                          e.getStatus(),
                          // Javalin's own message for an unknown address names its route table.
                          e instanceof EndpointNotFound ? "error.no-page" : e.getMessage()));
              r.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, views, 500, "error.server");
                  });
              r.error(404, ctx -> errorOnce(ctx, views, 404, "error.no-page"));
              r.error(405, ctx -> errorOnce(ctx, views, 405, "error.not-allowed"));
              r.error(413, ctx -> errorOnce(ctx, views, 413, "error.too-large"));
            });
  }

  /** The database, opened and migrated, and the cluster's signing key read from it. */
  private record Opened(Database db, byte[] signingKey) {}

  private static <T> CompletableFuture<T> inBackground(Supplier<T> task) {
    return CompletableFuture.supplyAsync(
        task,
        runnable -> {
          Thread thread = new Thread(runnable, "steppe-brief-start");
          thread.setDaemon(true);
          thread.start();
        });
  }

  /** The outcome of a start-up task; its own exception if it failed. */
  private static <T> T result(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Renders the error page once, which loads and compiles the template engine and the layout. */
  private static void warmUp(Pages pages) {
    Map<String, Object> model = new HashMap<>();
    model.put("status", 200);
    model.put("title", "Warm-up");
    model.put("message", "");
    model.put("csrf", "");
    model.put("learner", null);
    model.put("version", "");
    model.put("messageLang", "en");
    model.put("lang", Language.EN);
    model.put("languages", Language.offered());
    pages.render("error", model);
  }

  /** Status handlers also run after an exception handler has drawn its page: draw once. */
  private static void errorOnce(Context ctx, Views views, int status, String message) {
    if (ctx.attribute("error-page") == null) {
      error(ctx, views, status, message);
    }
  }

  /**
   * The error page. {@code message} is a message key ({@code error.*}) from our own code, or a
   * detail in English from a library or an option check, which is shown marked as English.
   */
  private static void error(Context ctx, Views views, int status, String message) {
    ctx.attribute("error-page", Boolean.TRUE);
    Texts texts = Languages.texts(ctx);
    String title =
        switch (status) {
          case 400, 403, 404, 405, 413, 500, 503 -> texts.get("error.title." + status);
          default -> texts.get("error.title.other", status);
        };
    boolean keyed = message != null && Messages.shipped().has(message);
    String text =
        keyed ? texts.get(message) : message == null || message.isBlank() ? title : message;
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(
        views.renderError(
            ctx,
            status,
            title,
            text,
            keyed || message == null || message.isBlank() ? texts.tag() : Language.CONTENT));
  }

  public WebApp start() {
    javalin.start(config.host(), config.port());
    if (config.reload()) {
      watcher = ContentWatcher.start(config, library, pages);
    }
    LOG.info(
        "Steppe Brief serving content {} at http://{}:{}/ (database {})",
        library.get().library().version(),
        config.host(),
        javalin.port(),
        Database.redact(config.jdbcUrl()));
    return this;
  }

  public int port() {
    return javalin.port();
  }

  public LibraryHolder library() {
    return library;
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    javalin.stop();
    db.close();
  }
}
