package org.steppebrief.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steppebrief.classes.ClassService;
import org.steppebrief.i18n.Language;
import org.steppebrief.i18n.Messages;
import org.steppebrief.i18n.Texts;
import org.steppebrief.instructor.InstructorAccounts;
import org.steppebrief.quiz.AttemptStore;
import org.steppebrief.quiz.QuizService;
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
  private final BriefingHandlers print;
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
    ClassService classes = new ClassService(db, attempts);
    JoinHandlers joining = new JoinHandlers(classes, attempts, library, visitor, views);
    HomeHandlers home =
        new HomeHandlers(library, attempts, learners, visitor, views)
            .withAssignments(
                (learner, now) ->
                    joining.myAssignments(learner, now).stream()
                        .filter(JoinHandlers.MyAssignment::open)
                        .toList());
    StudyService study =
        new StudyService(
            new StudyStore(db),
            () -> library.get().library(),
            new Scheduler(new Fsrs5()),
            ZoneId.systemDefault(),
            StudyService.DEFAULT_NEW_PER_DAY);
    StudyHandlers studying = new StudyHandlers(study, library, visitor, views, config.clock());
    ProgressHandlers progress =
        new ProgressHandlers(study, library, visitor, views, config.clock());
    QuizService quizzes =
        new QuizService(
            attempts, () -> library.get().library(), study::quizAnswered, config.clock());
    QuizHandlers quiz =
        new QuizHandlers(library, attempts, quizzes, visitor, views).withGate(classes::refusal);
    SourceHandlers sources = new SourceHandlers(library, views);
    InstructorHandlers instructors = new InstructorHandlers(new InstructorAccounts(db), views);
    BriefingHandlers print = new BriefingHandlers(library, writers, views, config.clock());
    this.print = print;
    ClassHandlers teaching =
        new ClassHandlers(classes, library, views, instructors, writers.worksheets(), study);

    this.javalin =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
              ServerLimits.apply(cfg, config.host(), config.port(), MAX_REQUEST_BYTES);
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
              // For load balancers: the process answers; it has content and its database.
              // Neither says anything about learners.
              r.get(
                  "/health",
                  ctx ->
                      ctx.header("Cache-Control", "no-store")
                          .contentType("text/plain")
                          .result("ok\n"));
              r.get(
                  "/ready",
                  ctx -> {
                    ctx.header("Cache-Control", "no-store").contentType("text/plain");
                    if (library.get() == null) {
                      ctx.status(503).result("not ready: no content loaded\n");
                    } else if (!db.isReachable()) {
                      ctx.header("Retry-After", "5");
                      ctx.status(503).result("not ready: database unreachable\n");
                    } else {
                      ctx.result("ready\n");
                    }
                  });
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
              r.get("/progress", progress::progress);

              r.get("/sources", sources::index);
              r.get("/sources/{source}", sources::source);

              r.get("/join", joining::form);
              r.post("/join", joining::join);
              r.get("/join/{code}", joining::link);
              r.get("/classes", joining::mine);
              r.post("/classes/{class}/leave", joining::leave);
              r.get("/assignments/{assignment}", joining::assignment);
              r.post("/assignments/{assignment}/start", joining::start);

              r.get("/signin", instructors::signInForm);
              r.post("/signin", instructors::signIn);
              r.post("/signout", instructors::signOut);
              // Registered first: a class's pages answer 404, not a sign-in redirect, to anyone
              // who is not its instructor.
              r.before("/instructor/classes/*", teaching::ownerOnly);
              r.before("/instructor/*", instructors::requireInstructor);
              r.before("/instructor", instructors::requireInstructor);
              // Javalin ignores trailing slashes: this also serves /instructor/.
              r.get("/instructor", instructors::dashboard);
              r.get("/briefing.pdf", print::publicBriefing);
              r.get("/instructor/print", print::builder);
              r.get("/instructor/briefing.pdf", print::briefing);
              r.get("/instructor/worksheet.pdf", print::worksheet);
              String cls = "/instructor/classes/{class}";
              String asg = cls + "/assignments/{assignment}";
              r.get("/instructor/classes", teaching::index);
              r.post("/instructor/classes", teaching::create);
              r.get(cls, teaching::show);
              r.post(cls + "/rename", teaching::rename);
              r.post(cls + "/archive", teaching::archive);
              r.post(cls + "/code", teaching::regenerateCode);
              r.post(cls + "/remove", teaching::removeLearner);
              r.get(cls + "/assignments/new", teaching::newAssignment);
              r.post(cls + "/assignments", teaching::createAssignment);
              r.get(asg, teaching::board);
              r.post(asg + "/extend", teaching::extend);
              r.get(asg + "/results.csv", teaching::resultsCsv);
              r.get(asg + "/items.csv", teaching::itemsCsv);
              r.get(asg + "/sources/{source}", teaching::reader);
              r.get(asg + "/reteach.pdf", teaching::reteachWorksheet);
              r.post(asg + "/reteach-study", teaching::reteachStudy);
              ExportHandlers exports = new ExportHandlers(library, views);
              r.get("/instructor/exports", exports::page);
              r.get("/instructor/exports/download", exports::download);
              // Citing from the reader: the reader shows its Cite tools to a signed-in instructor.
              CiteHandlers cite = new CiteHandlers(library, views);
              r.before(
                  "/sources/{source}",
                  ctx -> instructors.signedIn(ctx).ifPresent(n -> ctx.attribute("instructor", n)));
              r.get("/instructor/cite", cite::form);
              r.get("/instructor/cite/selection", cite::selection);
              PreviewHandlers preview = new PreviewHandlers(config.contentDir(), views);
              r.get("/instructor/preview", preview::index);
              r.get("/instructor/preview/{topic}", preview::topic);

              r.exception(
                  HttpResponseException.class,
                  (e, ctx) ->
                      error(
                          ctx,
                          views,
                          e.getStatus(),
                          // Javalin's own message for an unknown address names its route table.
                          e instanceof EndpointNotFound ? "error.no-page" : e.getMessage(),
                          e instanceof Refused refused ? refused.args() : new Object[0]));
              r.exception(
                  Exception.class,
                  (e, ctx) -> {
                    Optional<Integer> mistake = ClientMistakes.status(e);
                    if (mistake.isPresent()) {
                      LOG.info(
                          "{} {} refused ({}): {}",
                          ctx.method(),
                          ctx.path(),
                          mistake.get(),
                          ClientMistakes.summary(e));
                      error(ctx, views, mistake.get(), "error.unreadable");
                      return;
                    }
                    Optional<String> store = StoreFailures.explain(e);
                    if (store.isPresent()) {
                      LOG.error(
                          "{} {} not stored: {}",
                          ctx.method(),
                          ctx.path(),
                          ClientMistakes.summary(e));
                      ctx.header(
                          "Retry-After", Integer.toString(StoreFailures.RETRY_AFTER_SECONDS));
                      Texts texts = Languages.texts(ctx);
                      errorText(
                          ctx,
                          views,
                          503,
                          texts.get(store.get())
                              + " "
                              + texts.get(
                                  ctx.method().name().equals("POST")
                                      ? "error.store.not-saved"
                                      : "error.store.try-again"));
                      return;
                    }
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
    error(ctx, views, status, message, new Object[0]);
  }

  private static void error(Context ctx, Views views, int status, String message, Object[] args) {
    Texts texts = Languages.texts(ctx);
    boolean keyed = message != null && Messages.shipped().has(message);
    if (keyed) {
      errorText(ctx, views, status, texts.get(message, args));
    } else if (message == null || message.isBlank()) {
      errorText(ctx, views, status, null);
    } else {
      page(ctx, views, status, message, Language.CONTENT);
    }
  }

  /** The error page with {@code text} already in the request's language (the title if null). */
  private static void errorText(Context ctx, Views views, int status, String text) {
    page(ctx, views, status, text, Languages.texts(ctx).tag());
  }

  private static void page(Context ctx, Views views, int status, String text, String textLang) {
    ctx.attribute("error-page", Boolean.TRUE);
    Texts texts = Languages.texts(ctx);
    String title =
        switch (status) {
          case 400, 403, 404, 405, 413, 500, 503 -> texts.get("error.title." + status);
          default -> texts.get("error.title.other", status);
        };
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(views.renderError(ctx, status, title, text == null ? title : text, textLang));
  }

  public WebApp start() {
    javalin.start(config.host(), config.port());
    if (config.reload()) {
      watcher = ContentWatcher.start(config, library, pages);
    }
    inBackground(
            () -> {
              print.renderPublicDefault();
              return null;
            })
        .exceptionally(
            e -> {
              LOG.warn("could not render the public briefing ahead: {}", e.toString());
              return null;
            });
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
