package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.briefing.Edition;
import org.steppebrief.briefing.Paper;
import org.steppebrief.briefing.PdfRenderer;
import org.steppebrief.classes.Assignment;
import org.steppebrief.classes.Board;
import org.steppebrief.classes.ClassRoom;
import org.steppebrief.classes.ClassService;
import org.steppebrief.classes.ClassStore;
import org.steppebrief.classes.ItemStatistics;
import org.steppebrief.classes.ItemsCsv;
import org.steppebrief.classes.LearnerResult;
import org.steppebrief.classes.ResultsCsv;
import org.steppebrief.classes.Share;
import org.steppebrief.content.Fact;
import org.steppebrief.content.Library;
import org.steppebrief.content.Question;
import org.steppebrief.content.QuestionType;
import org.steppebrief.corpus.Passage;
import org.steppebrief.corpus.Role;
import org.steppebrief.corpus.Source;
import org.steppebrief.quiz.Attempt;
import org.steppebrief.quiz.QuizDraw;
import org.steppebrief.quiz.QuizService;
import org.steppebrief.store.Tokens;
import org.steppebrief.study.StudyService;
import org.steppebrief.worksheet.Variant;
import org.steppebrief.worksheet.WorksheetOptions;
import org.steppebrief.worksheet.WorksheetWriter;

/**
 * An instructor's classes under /instructor/classes: creating, renaming, archiving, the join code,
 * members, assignments, the results board with its downloads, the shaded source reader and the
 * re-teach actions. Every class, assignment and download is looked up together with the signed-in
 * instructor: anyone else, signed in or not, gets the 404 of a mistyped address.
 */
final class ClassHandlers {
  static final int MAX_NAME = 100;
  static final int RETEACH_QUESTIONS = 20;
  static final int PASSAGES_TO_RETEACH = 10;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final ClassService classes;
  private final ClassStore store;
  private final LibraryHolder library;
  private final Views views;
  private final InstructorHandlers instructors;
  private final WorksheetWriter worksheets;
  private final StudyService study;

  ClassHandlers(
      ClassService classes,
      LibraryHolder library,
      Views views,
      InstructorHandlers instructors,
      WorksheetWriter worksheets,
      StudyService study) {
    this.classes = classes;
    this.store = classes.store();
    this.library = library;
    this.views = views;
    this.instructors = instructors;
    this.worksheets = worksheets;
    this.study = study;
  }

  /**
   * Before every page under /instructor/classes/: without an instructor's session the answer is the
   * same 404 as for a class of another instructor, so a learner cannot tell a board exists.
   */
  void ownerOnly(Context ctx) {
    Optional<String> name = instructors.signedIn(ctx);
    if (name.isEmpty()) {
      throw new NotFoundResponse("error.no-such-class");
    }
    ctx.attribute("instructor", name.get());
  }

  private static String instructor(Context ctx) {
    String name = ctx.attribute("instructor");
    if (name == null) {
      throw new NotFoundResponse("error.no-such-class");
    }
    return name;
  }

  private ClassRoom owned(Context ctx) {
    String id = ctx.pathParam("class");
    if (id.length() > 64) {
      throw new NotFoundResponse("error.no-such-class");
    }
    return store
        .findOwned(id, instructor(ctx))
        .orElseThrow(() -> new NotFoundResponse("error.no-such-class"));
  }

  private Assignment ownedAssignment(Context ctx, ClassRoom room) {
    String id = ctx.pathParam("assignment");
    return (id.length() > 64 ? Optional.<Assignment>empty() : store.assignment(id))
        .filter(a -> a.classId().equals(room.id()))
        .orElseThrow(() -> new NotFoundResponse("error.no-such-assignment"));
  }

  // --- classes ---------------------------------------------------------------------------------

  /** GET /instructor/classes */
  void index(Context ctx) {
    Map<String, Object> model = new HashMap<>();
    model.put("classes", store.ofInstructor(instructor(ctx)));
    model.put("error", null);
    views.render(ctx, "classes/index", model);
  }

  /** POST /instructor/classes */
  void create(Context ctx) {
    Optional<String> name = className(ctx.formParam("name"));
    if (name.isEmpty()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      Map<String, Object> model = new HashMap<>();
      model.put("classes", store.ofInstructor(instructor(ctx)));
      model.put("error", "Give the class a name of 1 to " + MAX_NAME + " characters.");
      views.render(ctx, "classes/index", model);
      return;
    }
    ClassRoom room = store.create(instructor(ctx), name.get(), System.currentTimeMillis());
    ctx.redirect("/instructor/classes/" + room.id(), HttpStatus.SEE_OTHER);
  }

  private static Optional<String> className(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String name = typed.strip().replaceAll("\\s+", " ");
    int length = name.codePointCount(0, name.length());
    return length < 1 || length > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)
        ? Optional.empty()
        : Optional.of(name);
  }

  /** GET /instructor/classes/{class} */
  void show(Context ctx) {
    ClassRoom room = owned(ctx);
    long now = System.currentTimeMillis();
    Map<String, Object> model = new HashMap<>();
    model.put("room", room);
    model.put("members", store.members(room.id()));
    model.put("assignments", store.assignmentsOf(room.id()));
    model.put("now", now);
    model.put("joinLink", origin(ctx) + "/join/" + room.shownCode());
    model.put("times", new Times(ZoneId.systemDefault()));
    model.put("error", ctx.queryParam("error"));
    views.render(ctx, "classes/class", model);
  }

  /** The address learners type: this server as the instructor reached it. */
  private static String origin(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  /** POST /instructor/classes/{class}/rename */
  void rename(Context ctx) {
    ClassRoom room = owned(ctx);
    className(ctx.formParam("name")).ifPresent(n -> store.rename(room.id(), room.instructor(), n));
    ctx.redirect("/instructor/classes/" + room.id(), HttpStatus.SEE_OTHER);
  }

  /** POST /instructor/classes/{class}/archive: archives, or restores an archived class. */
  void archive(Context ctx) {
    ClassRoom room = owned(ctx);
    store.archive(
        room.id(),
        room.instructor(),
        room.archived() ? Optional.empty() : Optional.of(System.currentTimeMillis()));
    ctx.redirect("/instructor/classes/" + room.id(), HttpStatus.SEE_OTHER);
  }

  /** POST /instructor/classes/{class}/code */
  void regenerateCode(Context ctx) {
    ClassRoom room = owned(ctx);
    store.regenerateCode(room.id(), room.instructor());
    ctx.redirect("/instructor/classes/" + room.id(), HttpStatus.SEE_OTHER);
  }

  /** POST /instructor/classes/{class}/remove */
  void removeLearner(Context ctx) {
    ClassRoom room = owned(ctx);
    String learner = Optional.ofNullable(ctx.formParam("learner")).orElse("");
    if (learner.length() <= 64) {
      store.remove(room.id(), learner);
    }
    ctx.redirect("/instructor/classes/" + room.id(), HttpStatus.SEE_OTHER);
  }

  // --- assignments -----------------------------------------------------------------------------

  /** GET /instructor/classes/{class}/assignments/new */
  void newAssignment(Context ctx) {
    ClassRoom room = owned(ctx);
    views.render(ctx, "classes/assignment-new", assignmentFormModel(room, null));
  }

  /** A question in the tick list. */
  public record QuestionChoice(String id, String prompt, String type, String topic) {}

  private Map<String, Object> assignmentFormModel(ClassRoom room, String error) {
    LibraryHolder.Loaded loaded = library.get();
    Map<String, Object> model = new HashMap<>();
    model.put("room", room);
    model.put("topics", loaded.library().topics());
    model.put("types", List.of(QuestionType.values()));
    model.put("maxQuestions", QuizHandlers.MAX_QUESTIONS);
    List<QuestionChoice> bank = new ArrayList<>();
    for (Question q : loaded.library().questions()) {
      bank.add(
          new QuestionChoice(
              q.id(),
              q.info().prompt(),
              QuestionView.label(q),
              loaded.library().topic(q.info().topicId()).map(t -> t.title()).orElse("")));
    }
    model.put("bank", bank);
    ZoneId zone = ZoneId.systemDefault();
    LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
    model.put("opens", LOCAL.format(now));
    model.put("closes", LOCAL.format(now.plusDays(7)));
    model.put("zone", zone.getId());
    model.put("error", error);
    return model;
  }

  /** POST /instructor/classes/{class}/assignments */
  void createAssignment(Context ctx) {
    ClassRoom room = owned(ctx);
    LibraryHolder.Loaded loaded = library.get();
    String title = Optional.ofNullable(ctx.formParam("title")).orElse("").strip();
    String mode = "test".equals(ctx.formParam("mode")) ? "test" : "practice";
    int maxAttempts = "several".equals(ctx.formParam("attempts")) ? 0 : 1;
    ZoneId zone;
    long opens;
    long closes;
    try {
      zone = ZoneId.of(Optional.ofNullable(ctx.formParam("zone")).orElse("").strip());
      opens =
          LocalDateTime.parse(Optional.ofNullable(ctx.formParam("opens")).orElse(""))
              .atZone(zone)
              .toInstant()
              .toEpochMilli();
      closes =
          LocalDateTime.parse(Optional.ofNullable(ctx.formParam("closes")).orElse(""))
              .atZone(zone)
              .toInstant()
              .toEpochMilli();
    } catch (java.time.DateTimeException e) {
      refuseAssignment(
          ctx,
          room,
          "Give the opening and closing times as date and time, and a time zone such as Europe/Lisbon or UTC.");
      return;
    }
    if (closes <= opens) {
      refuseAssignment(ctx, room, "The closing time must be after the opening time.");
      return;
    }
    List<String> ticked = new ArrayList<>();
    for (String id : ctx.formParams("question")) {
      if (loaded.question(id).isPresent()
          && !ticked.contains(id)
          && ticked.size() < QuizHandlers.MAX_QUESTIONS) {
        ticked.add(id);
      }
    }
    long seed = 0;
    String request;
    List<String> questionIds;
    if ("ticked".equals(ctx.formParam("how"))) {
      questionIds = ticked;
      request = "ticked=" + ticked.size();
    } else {
      Set<String> topics =
          new LinkedHashSet<>(TopicIds.of(ctx.formParams("topic"), loaded.library()));
      Set<QuestionType> types = new LinkedHashSet<>();
      for (String key : ctx.formParams("type")) {
        QuestionType.fromKey(key).ifPresent(types::add);
      }
      int count;
      try {
        count =
            Math.max(
                1,
                Math.min(
                    QuizHandlers.MAX_QUESTIONS,
                    Integer.parseInt(
                        Optional.ofNullable(ctx.formParam("count")).orElse("10").strip())));
      } catch (NumberFormatException e) {
        count = 10;
      }
      boolean generated = "on".equals(ctx.formParam("generated"));
      seed = Tokens.seed();
      QuizService.QuizChoice choice =
          new QuizService.QuizChoice(
              List.copyOf(topics),
              List.copyOf(types),
              count,
              generated,
              Attempt.Mode.fromKey(mode));
      questionIds =
          QuizDraw.draw(loaded.bank(), choice.request(), seed).stream().map(Question::id).toList();
      request = choice.describe();
    }
    if (questionIds.isEmpty()) {
      refuseAssignment(
          ctx,
          room,
          "No questions match these choices. Tick some questions, or choose more topics or types.");
      return;
    }
    if (title.isEmpty()) {
      title =
          "Quiz of " + questionIds.size() + (questionIds.size() == 1 ? " question" : " questions");
    }
    if (title.length() > MAX_NAME) {
      title = title.substring(0, MAX_NAME);
    }
    Assignment a =
        new Assignment(
            Tokens.id(),
            room.id(),
            title,
            mode,
            request,
            seed,
            questionIds,
            opens,
            closes,
            zone.getId(),
            maxAttempts,
            System.currentTimeMillis());
    store.createAssignment(a);
    ctx.redirect(
        "/instructor/classes/" + room.id() + "/assignments/" + a.id(), HttpStatus.SEE_OTHER);
  }

  private void refuseAssignment(Context ctx, ClassRoom room, String error) {
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    views.render(ctx, "classes/assignment-new", assignmentFormModel(room, error));
  }

  /** POST .../assignments/{assignment}/extend: a new closing time, in the assignment's zone. */
  void extend(Context ctx) {
    ClassRoom room = owned(ctx);
    Assignment a = ownedAssignment(ctx, room);
    try {
      long closes =
          LocalDateTime.parse(Optional.ofNullable(ctx.formParam("closes")).orElse(""))
              .atZone(a.zoneId())
              .toInstant()
              .toEpochMilli();
      if (closes > a.opensAt()) {
        store.extend(a.id(), closes);
      }
    } catch (DateTimeParseException e) {
      // Left as it was; the board shows the closing time unchanged.
    }
    ctx.redirect(boardPath(room, a), HttpStatus.SEE_OTHER);
  }

  private static String boardPath(ClassRoom room, Assignment a) {
    return "/instructor/classes/" + room.id() + "/assignments/" + a.id();
  }

  // --- the board -------------------------------------------------------------------------------

  private Board board(Assignment a) {
    LibraryHolder.Loaded loaded = library.get();
    return classes.board(a, loaded.library(), loaded::question);
  }

  /** A passage to re-teach: its wrong share, the quotes in it and the questions citing them. */
  public record PassageToReteach(
      String sourceTitle,
      String paragraph,
      String link,
      String readerLink,
      Share share,
      List<String> quotes,
      List<String> questions) {}

  /** GET .../assignments/{assignment}: the results board. */
  void board(Context ctx) {
    ClassRoom room = owned(ctx);
    Assignment a = ownedAssignment(ctx, room);
    Board board = board(a);
    long now = System.currentTimeMillis();
    Map<String, Object> model = new HashMap<>();
    model.put("room", room);
    model.put("a", a);
    model.put("board", board);
    model.put("open", a.isOpen(now));
    model.put("state", a.state(now).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    model.put("timeLeft", a.timeLeft(now));
    model.put("items", board.analysis().mostMissed());
    model.put("learners", board.learners());
    model.put("reteach", passagesToReteach(room, a, board));
    model.put("sources", sourcesWithAnswers(board));
    model.put(
        "closesLocal",
        LOCAL.format(java.time.Instant.ofEpochMilli(a.closesAt()).atZone(a.zoneId())));
    model.put("notice", ctx.queryParam("notice"));
    model.put("base", boardPath(room, a));
    model.put("times", new Times(a.zoneId()));
    views.render(ctx, "classes/board", model);
  }

  private List<PassageToReteach> passagesToReteach(ClassRoom room, Assignment a, Board board) {
    Library lib = library.get().library();
    Map<String, List<Fact>> factsByPassage = new LinkedHashMap<>();
    for (String factId : board.analysis().byFact().keySet()) {
      lib.fact(factId)
          .ifPresent(
              f ->
                  factsByPassage
                      .computeIfAbsent(f.citation().passageId(), k -> new ArrayList<>())
                      .add(f));
    }
    List<Map.Entry<String, Share>> worst = new ArrayList<>(board.analysis().byPassage().entrySet());
    worst.removeIf(e -> e.getValue().wrong() == 0 || !factsByPassage.containsKey(e.getKey()));
    worst.sort(
        Comparator.comparingDouble((Map.Entry<String, Share> e) -> -e.getValue().fraction())
            .thenComparingInt(e -> -e.getValue().answers())
            .thenComparing(Map.Entry::getKey));
    List<PassageToReteach> out = new ArrayList<>();
    for (Map.Entry<String, Share> e :
        worst.subList(0, Math.min(PASSAGES_TO_RETEACH, worst.size()))) {
      List<Fact> facts = factsByPassage.get(e.getKey());
      Fact first = facts.get(0);
      Passage passage = lib.passageOf(first);
      Source source = lib.source(first.sourceId()).orElseThrow();
      Set<String> questions = new LinkedHashSet<>();
      for (ItemStatistics.ItemStats s : board.analysis().items()) {
        for (Fact f : facts) {
          if (s.item().factIds().contains(f.id())) {
            questions.add(s.item().prompt());
          }
        }
      }
      out.add(
          new PassageToReteach(
              source.displayTitle(),
              lib.evidence(first).locator(),
              SourceLinks.INSTANCE.of(lib.evidence(first)),
              boardPath(room, a) + "/sources/" + source.id() + "#" + passage.anchor(),
              e.getValue(),
              facts.stream().map(f -> lib.evidence(f).words()).distinct().toList(),
              List.copyOf(questions)));
    }
    return out;
  }

  /** The sources the assignment's questions cite, for the shaded reader's links. */
  private List<Source> sourcesWithAnswers(Board board) {
    Library lib = library.get().library();
    Set<String> ids = new LinkedHashSet<>();
    for (ItemStatistics.ItemStats s : board.analysis().items()) {
      for (String f : s.item().factIds()) {
        lib.fact(f).ifPresent(fact -> ids.add(fact.sourceId()));
      }
    }
    return ids.stream().map(lib::source).flatMap(Optional::stream).toList();
  }

  /** A passage in the shaded reader, with the class's wrong share on it (if anyone answered). */
  public record ShadedPassage(Passage passage, Optional<Share> share) {
    /** A shade class in steps of 10%: s0 ... s10. */
    public String shade() {
      return share.map(s -> "shade s" + Math.round(s.fraction() * 10)).orElse("");
    }
  }

  /** GET .../assignments/{assignment}/sources/{source}: the source shaded by wrong share. */
  void reader(Context ctx) {
    ClassRoom room = owned(ctx);
    Assignment a = ownedAssignment(ctx, room);
    Library lib = library.get().library();
    Source source =
        lib.source(ctx.pathParam("source"))
            .orElseThrow(() -> new NotFoundResponse("error.no-such-source"));
    Board board = board(a);
    List<ShadedPassage> passages = new ArrayList<>();
    for (Passage p : source.passages()) {
      if (p.role() == Role.BODY || p.role() == Role.NOTE) {
        passages.add(
            new ShadedPassage(p, Optional.ofNullable(board.analysis().byPassage().get(p.id()))));
      }
    }
    Map<String, Object> model = new HashMap<>();
    model.put("room", room);
    model.put("a", a);
    model.put("source", source);
    model.put("passages", passages);
    model.put("base", boardPath(room, a));
    views.render(ctx, "classes/reader", model);
  }

  // --- downloads and re-teaching -----------------------------------------------------------------

  /** GET .../results.csv */
  void resultsCsv(Context ctx) {
    ClassRoom room = owned(ctx);
    Assignment a = ownedAssignment(ctx, room);
    Board board = board(a);
    csv(ctx, "results.csv", ResultsCsv.write(a.questionIds(), board.learners()));
  }

  /** GET .../items.csv */
  void itemsCsv(Context ctx) {
    ClassRoom room = owned(ctx);
    Assignment a = ownedAssignment(ctx, room);
    csv(ctx, "items.csv", ItemsCsv.write(board(a).analysis().items()));
  }

  private static void csv(Context ctx, String name, byte[] bytes) {
    ctx.header("Cache-Control", "private, no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(bytes);
  }

  /** The most-missed questions someone got wrong, at most {@link #RETEACH_QUESTIONS}. */
  static List<String> mostMissed(Board board) {
    return board.analysis().mostMissed().stream()
        .filter(s -> s.facility().isPresent() && s.facility().getAsDouble() < 1.0)
        .filter(s -> !s.item().type().equals("removed"))
        .limit(RETEACH_QUESTIONS)
        .map(s -> s.item().questionId())
        .toList();
  }

  /** GET .../reteach.pdf: a worksheet of the most-missed questions, with the answer key. */
  void reteachWorksheet(Context ctx) {
    ClassRoom room = owned(ctx);
    Assignment a = ownedAssignment(ctx, room);
    List<String> missed = mostMissed(board(a));
    if (missed.isEmpty()) {
      throw new HttpResponseException(
          409, "Nobody has missed a question yet: there is nothing to re-teach.");
    }
    Edition edition =
        "student".equals(ctx.queryParam("edition")) ? Edition.STUDENT : Edition.INSTRUCTOR;
    WorksheetOptions options =
        new WorksheetOptions(
            List.of(),
            Set.of(),
            missed.size(),
            Variant.A,
            a.seed() & Long.MAX_VALUE,
            edition,
            Paper.A4,
            LocalDate.now());
    PdfRenderer.Pdf pdf =
        worksheets.write(library.get().library(), options, "Re-teach: " + a.title(), missed);
    ctx.header("Cache-Control", "private, no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"reteach-" + edition.key() + ".pdf\"");
    ctx.header("X-Page-Count", Integer.toString(pdf.pages()));
    ctx.contentType("application/pdf");
    ctx.result(pdf.bytes());
  }

  /** POST .../reteach-study: each learner's missed questions' facts into their study queue. */
  void reteachStudy(Context ctx) {
    ClassRoom room = owned(ctx);
    Assignment a = ownedAssignment(ctx, room);
    Board board = board(a);
    long now = System.currentTimeMillis();
    int learners = 0;
    int cards = 0;
    for (Map.Entry<String, List<String>> e : ClassService.missedByLearner(board).entrySet()) {
      Set<String> facts = new LinkedHashSet<>();
      for (String q : e.getValue()) {
        library.get().question(q).ifPresent(found -> facts.addAll(found.info().factIds()));
      }
      if (!facts.isEmpty()) {
        learners++;
        cards += study.dueNow(e.getKey(), facts, now);
      }
    }
    String notice =
        cards
            + " study cards due now for "
            + learners
            + " learner"
            + (learners == 1 ? "" : "s")
            + ".";
    ctx.redirect(
        boardPath(room, a)
            + "?notice="
            + java.net.URLEncoder.encode(notice, StandardCharsets.UTF_8),
        HttpStatus.SEE_OTHER);
  }

  /** For the board: a learner result's score as "2.5 / 5". */
  static String score(LearnerResult r) {
    return r.attempts() == 0
        ? ""
        : String.format(java.util.Locale.ROOT, "%s / %d", r.score(), r.maxScore());
  }
}
