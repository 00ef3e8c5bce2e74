package org.steppebrief.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.steppebrief.store.Learner;
import org.steppebrief.store.LearnerStore;

/** Who is asking: the learner behind the cookie, created only when they start a quiz. */
final class Visitor {
  static final String COOKIE = "sb_learner";
  private static final int ONE_YEAR = 365 * 24 * 60 * 60;

  private final LearnerStore learners;

  /**
   * Learners seen lately. A learner row never changes once written, so remembering it on one node
   * cannot disagree with another node; it only saves a query per request.
   */
  private final Map<String, Learner> recent =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Learner> eldest) {
              return size() > 50_000;
            }
          });

  Visitor(LearnerStore learners) {
    this.learners = learners;
  }

  Optional<Learner> learner(Context ctx) {
    Learner cached = ctx.attribute(COOKIE);
    if (cached != null) {
      return Optional.of(cached);
    }
    String id = ctx.cookie(COOKIE);
    if (id == null || id.length() > 64) {
      return Optional.empty();
    }
    Learner known = recent.get(id);
    Optional<Learner> found = known != null ? Optional.of(known) : learners.find(id);
    found.ifPresent(
        l -> {
          ctx.attribute(COOKIE, l);
          recent.put(l.id(), l);
        });
    return found;
  }

  Learner learnerOrCreate(Context ctx) {
    return learner(ctx)
        .orElseGet(
            () -> {
              Learner fresh = learners.create(System.currentTimeMillis());
              adopt(ctx, fresh);
              return fresh;
            });
  }

  /** Makes this browser act as {@code learner}: after a new learner or a resume code. */
  void adopt(Context ctx, Learner learner) {
    Cookies.set(ctx, COOKIE, learner.id(), ONE_YEAR, "Lax");
    ctx.attribute(COOKIE, learner);
    recent.put(learner.id(), learner);
  }
}
