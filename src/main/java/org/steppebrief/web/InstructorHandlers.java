package org.steppebrief.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.steppebrief.instructor.InstructorAccounts;

/** Instructors' sign-in and the pages under /instructor/, which refuse everyone else. */
final class InstructorHandlers {
  static final String COOKIE = "sb_session";

  private final InstructorAccounts accounts;
  private final Views views;

  InstructorHandlers(InstructorAccounts accounts, Views views) {
    this.accounts = accounts;
    this.views = views;
  }

  /** Before every /instructor/ page: a live session, or off to sign in. */
  void requireInstructor(Context ctx) {
    Optional<String> name = signedIn(ctx);
    if (name.isEmpty()) {
      ctx.redirect("/signin", HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute("instructor", name.get());
  }

  Optional<String> signedIn(Context ctx) {
    String session = ctx.cookie(COOKIE);
    if (session == null || session.length() > 64) {
      return Optional.empty();
    }
    return accounts.instructorOf(session, System.currentTimeMillis());
  }

  void signInForm(Context ctx) {
    views.render(ctx, "instructor/signin", new HashMap<>());
  }

  void signIn(Context ctx) {
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    if (name.length() > 100 || password.length() > 200) {
      // No account has such a name or password: refused as any wrong one is.
      ctx.status(HttpStatus.UNAUTHORIZED);
      refuse(
          ctx,
          Languages.texts(ctx).get("signin.wrong"),
          name.substring(0, Math.min(name.length(), 100)));
      return;
    }
    InstructorAccounts.SignIn outcome =
        accounts.signIn(name, password.toCharArray(), System.currentTimeMillis());
    if (outcome instanceof InstructorAccounts.SignIn.Success success) {
      Cookies.set(ctx, COOKIE, success.sessionId(), -1, "Strict");
      ctx.redirect("/instructor", HttpStatus.SEE_OTHER);
    } else if (outcome instanceof InstructorAccounts.SignIn.Locked locked) {
      String until =
          DateTimeFormatter.ofPattern("HH:mm")
              .format(Instant.ofEpochMilli(locked.until()).atOffset(ZoneOffset.UTC));
      ctx.status(HttpStatus.TOO_MANY_REQUESTS);
      refuse(ctx, Languages.texts(ctx).get("signin.locked", until), name);
    } else {
      ctx.status(HttpStatus.UNAUTHORIZED);
      refuse(ctx, Languages.texts(ctx).get("signin.wrong"), name);
    }
  }

  private void refuse(Context ctx, String error, String name) {
    Map<String, Object> model = new HashMap<>();
    model.put("error", error);
    model.put("name", name);
    views.render(ctx, "instructor/signin", model);
  }

  void signOut(Context ctx) {
    String session = ctx.cookie(COOKIE);
    if (session != null && session.length() <= 64) {
      accounts.signOut(session);
    }
    Cookies.set(ctx, COOKIE, "", 0, "Strict");
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  void dashboard(Context ctx) {
    views.render(ctx, "instructor/index", new HashMap<>());
  }
}
