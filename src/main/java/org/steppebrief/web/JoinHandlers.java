package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steppebrief.classes.Assignment;
import org.steppebrief.classes.ClassRoom;
import org.steppebrief.classes.ClassService;
import org.steppebrief.classes.ClassStore;
import org.steppebrief.classes.DisplayName;
import org.steppebrief.classes.Member;
import org.steppebrief.quiz.Attempt;
import org.steppebrief.quiz.AttemptStore;
import org.steppebrief.store.Learner;
import org.steppebrief.store.Tokens;

/**
 * The learner's side of classes: joining by code or link (keeping the learner record they already
 * have), their classes and assignments, leaving a class, and starting an assignment's attempt. A
 * learner sees their own result only.
 */
final class JoinHandlers {
  private final ClassService classes;
  private final ClassStore store;
  private final AttemptStore attempts;
  private final LibraryHolder library;
  private final Visitor visitor;
  private final Views views;

  JoinHandlers(
      ClassService classes,
      AttemptStore attempts,
      LibraryHolder library,
      Visitor visitor,
      Views views) {
    this.classes = classes;
    this.store = classes.store();
    this.attempts = attempts;
    this.library = library;
    this.visitor = visitor;
    this.views = views;
  }

  /** GET /join */
  void form(Context ctx) {
    views.render(ctx, "classes/join", joinModel("", null, null, ""));
  }

  /** GET /join/{code}: the form with the code filled in and the class named, if it is one. */
  void link(Context ctx) {
    String code = ctx.pathParam("code");
    ClassService.Joined found = classes.lookUp(code, ctx.ip(), System.currentTimeMillis());
    if (found instanceof ClassService.Joined.InClass in) {
      views.render(
          ctx, "classes/join", joinModel(in.room().shownCode(), in.room().name(), null, ""));
    } else {
      refuse(ctx, found, code.length() > 20 ? "" : code, "");
    }
  }

  private Map<String, Object> joinModel(String code, String className, String error, String name) {
    Map<String, Object> model = new HashMap<>();
    model.put("code", code);
    model.put("className", className);
    model.put("error", error);
    model.put("name", name);
    model.put("maxName", DisplayName.MAX);
    return model;
  }

  /** POST /join */
  void join(Context ctx) {
    String code = Optional.ofNullable(ctx.formParam("code")).orElse("");
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
    long now = System.currentTimeMillis();
    // Look the code up before making a learner, so guesses do not fill the learners table.
    ClassService.Joined found = classes.lookUp(code, ctx.ip(), now);
    if (!(found instanceof ClassService.Joined.InClass in)) {
      refuse(ctx, found, code.length() > 20 ? "" : code, name.length() > 200 ? "" : name);
      return;
    }
    Optional<String> display = DisplayName.parse(name);
    if (display.isEmpty()) {
      refuse(
          ctx,
          new ClassService.Joined.BadName(),
          in.room().shownCode(),
          name.length() > 200 ? "" : name);
      return;
    }
    Learner learner = visitor.learnerOrCreate(ctx);
    store.join(in.room().id(), learner.id(), display.get(), now);
    ctx.redirect("/classes", HttpStatus.SEE_OTHER);
  }

  private void refuse(Context ctx, ClassService.Joined why, String code, String name) {
    String error;
    if (why instanceof ClassService.Joined.TooManyTries) {
      ctx.status(HttpStatus.TOO_MANY_REQUESTS);
      error = "join.error.too-many";
    } else if (why instanceof ClassService.Joined.BadName) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      error = "join.error.name";
    } else {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      error = "join.error.no-class";
    }
    views.render(ctx, "classes/join", joinModel(code, null, error, name));
  }

  /** An assignment as a learner sees it, with their own result. */
  public record MyAssignment(
      Assignment assignment,
      ClassRoom room,
      String state,
      long seenAt,
      int attempts,
      boolean canStart,
      Optional<String> resume,
      Optional<Long> bestPercent) {
    public boolean open() {
      return state.equals("open");
    }
  }

  /** The learner's own view of each assignment of their classes. */
  List<MyAssignment> myAssignments(String learnerId, long now) {
    List<MyAssignment> out = new ArrayList<>();
    for (ClassStore.LearnerAssignment la : store.assignmentsOfLearner(learnerId)) {
      out.add(mine(la.assignment(), la.room(), learnerId, now));
    }
    return out;
  }

  private MyAssignment mine(Assignment a, ClassRoom room, String learnerId, long now) {
    List<String> ids = store.attemptIds(a.id(), learnerId);
    Optional<String> resume = Optional.empty();
    Optional<Long> best = Optional.empty();
    for (String id : ids) {
      Optional<Attempt> attempt = attempts.findOwned(id, learnerId);
      if (attempt.isEmpty()) {
        continue;
      }
      if (!attempt.get().isFinished()) {
        resume = Optional.of(id);
      }
      double score = attempts.answers(id).stream().mapToDouble(r -> r.score()).sum();
      long percent = Math.round(100 * score / Math.max(1, a.questionIds().size()));
      if (best.isEmpty() || percent > best.get()) {
        best = Optional.of(percent);
      }
    }
    boolean open = a.isOpen(now);
    boolean canStart =
        open && resume.isEmpty() && (a.maxAttempts() == 0 || ids.size() < a.maxAttempts());
    return new MyAssignment(
        a,
        room,
        a.state(now).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
        now,
        ids.size(),
        canStart,
        resume,
        best);
  }

  /** GET /classes: the learner's classes and their assignments. */
  void mine(Context ctx) {
    Map<String, Object> model = new HashMap<>();
    Optional<Learner> learner = visitor.learner(ctx);
    long now = System.currentTimeMillis();
    model.put("memberships", learner.map(l -> store.classesOfLearner(l.id())).orElse(List.of()));
    model.put("assignments", learner.map(l -> myAssignments(l.id(), now)).orElse(List.of()));
    views.render(ctx, "classes/mine", model);
  }

  /** POST /classes/{class}/leave */
  void leave(Context ctx) {
    Learner learner =
        visitor.learner(ctx).orElseThrow(() -> new NotFoundResponse("error.no-such-class"));
    String id = ctx.pathParam("class");
    if (id.length() > 64 || !store.remove(id, learner.id())) {
      throw new NotFoundResponse("error.no-such-class");
    }
    ctx.redirect("/classes", HttpStatus.SEE_OTHER);
  }

  /** The assignment in the path, if the visitor is in its class; a 404 for anyone else. */
  private Assignment visible(Context ctx, Learner learner) {
    String id = ctx.pathParam("assignment");
    Optional<Assignment> a = id.length() > 64 ? Optional.empty() : store.assignment(id);
    if (a.isEmpty()) {
      throw new NotFoundResponse("error.no-such-assignment");
    }
    Optional<Member> member = store.member(a.get().classId(), learner.id());
    Optional<ClassRoom> room = store.find(a.get().classId());
    if (member.isEmpty() || room.isEmpty() || room.get().archived()) {
      throw new NotFoundResponse("error.no-such-assignment");
    }
    return a.get();
  }

  /** GET /assignments/{assignment}: what it is, when it closes, and the learner's own result. */
  void assignment(Context ctx) {
    Learner learner =
        visitor.learner(ctx).orElseThrow(() -> new NotFoundResponse("error.no-such-assignment"));
    Assignment a = visible(ctx, learner);
    ClassRoom room = store.find(a.classId()).orElseThrow();
    Map<String, Object> model = new HashMap<>();
    model.put("my", mine(a, room, learner.id(), System.currentTimeMillis()));
    model.put("error", null);
    views.render(ctx, "classes/assignment", model);
  }

  /** POST /assignments/{assignment}/start */
  void start(Context ctx) {
    Learner learner =
        visitor.learner(ctx).orElseThrow(() -> new NotFoundResponse("error.no-such-assignment"));
    Assignment a = visible(ctx, learner);
    ClassRoom room = store.find(a.classId()).orElseThrow();
    long now = System.currentTimeMillis();
    MyAssignment my = mine(a, room, learner.id(), now);
    if (my.resume().isPresent()) {
      ctx.redirect("/quiz/" + my.resume().get(), HttpStatus.SEE_OTHER);
      return;
    }
    if (!my.canStart()) {
      ctx.status(HttpStatus.CONFLICT);
      Map<String, Object> model = new HashMap<>();
      model.put("my", my);
      ClassWords words = new ClassWords(Languages.texts(ctx));
      model.put(
          "error",
          a.isOpen(now)
              ? Languages.texts(ctx).get("assignment.error.no-attempts-left")
              : words.refusal(a, now));
      views.render(ctx, "classes/assignment", model);
      return;
    }
    // The same questions for everyone; the attempt's own seed shuffles this learner's choices.
    Attempt attempt =
        new Attempt(
            Tokens.id(),
            learner.id(),
            Tokens.seed(),
            Attempt.Mode.fromKey(a.mode()),
            ClassService.REQUEST_PREFIX + a.id(),
            a.questionIds(),
            library.get().library().version(),
            now,
            Optional.empty());
    classes.start(attempt, a.id());
    ctx.redirect("/quiz/" + attempt.id(), HttpStatus.SEE_OTHER);
  }
}
