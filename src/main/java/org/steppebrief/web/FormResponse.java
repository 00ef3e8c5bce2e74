package org.steppebrief.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steppebrief.content.Question;
import org.steppebrief.quiz.Response;

/**
 * Reads a learner's answer from a plain HTML form. Fields carry positions in what the page showed
 * (choice 2, item 3), never texts, and anything out of range is ignored: a forged form can only
 * produce a wrong answer, not an error.
 */
final class FormResponse {
  static final int MAX_TEXT = 500;

  private FormResponse() {}

  static Response parse(Question q, Presentation shown, Map<String, List<String>> form) {
    return switch (q.type()) {
      case SINGLE_CHOICE -> {
        Integer i = index(first(form, "choice"), shown.choices().size());
        yield i == null ? new Response.Blank() : new Response.Choice(shown.choices().get(i));
      }
      case MULTI_CHOICE -> {
        Set<String> picked = new HashSet<>();
        for (String raw : form.getOrDefault("choice", List.of())) {
          Integer i = index(raw, shown.choices().size());
          if (i != null) {
            picked.add(shown.choices().get(i));
          }
        }
        yield picked.isEmpty() ? new Response.Blank() : new Response.Choices(picked);
      }
      case TRUE_FALSE -> {
        String raw = first(form, "truth");
        yield "true".equals(raw) || "false".equals(raw)
            ? new Response.Truth(Boolean.parseBoolean(raw))
            : new Response.Blank();
      }
      case ORDERING -> order(shown.items(), form);
      case MATCHING -> matches((Question.Matching) q, shown, form);
      case SHORT_ANSWER -> {
        String text = clip(first(form, "text"));
        yield text.isBlank() ? new Response.Blank() : new Response.Text(text);
      }
      case CLOZE -> blanks((Question.Cloze) q, form);
    };
  }

  private static Response matches(
      Question.Matching m, Presentation shown, Map<String, List<String>> form) {
    Map<String, String> matches = new HashMap<>();
    for (int j = 0; j < m.pairs().size(); j++) {
      Integer r = index(first(form, "match-" + j), shown.rights().size());
      if (r != null) {
        matches.put(m.pairs().get(j).left(), shown.rights().get(r));
      }
    }
    return matches.isEmpty() ? new Response.Blank() : new Response.Matches(matches);
  }

  private static Response blanks(Question.Cloze c, Map<String, List<String>> form) {
    List<String> texts = new ArrayList<>();
    boolean any = false;
    for (int k = 0; k < c.text().blanks().size(); k++) {
      String t = clip(first(form, "blank-" + k));
      any |= !t.isBlank();
      texts.add(t);
    }
    return any ? new Response.Blanks(texts) : new Response.Blank();
  }

  /** Each shown item gets a position from a select; items sort by it, unplaced ones last. */
  private static Response order(List<String> items, Map<String, List<String>> form) {
    record Placed(String item, int position, int shownAt) {}
    List<Placed> placed = new ArrayList<>();
    boolean any = false;
    for (int i = 0; i < items.size(); i++) {
      Integer p = index(first(form, "pos-" + i), items.size() + 1);
      any |= p != null && p > 0;
      placed.add(new Placed(items.get(i), p == null || p == 0 ? Integer.MAX_VALUE : p, i));
    }
    if (!any) {
      return new Response.Blank();
    }
    placed.sort(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::shownAt));
    return new Response.Order(placed.stream().map(Placed::item).toList());
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  private static Integer index(String raw, int size) {
    if (raw == null || raw.isEmpty() || raw.length() > 3) {
      return null;
    }
    try {
      int i = Integer.parseInt(raw);
      return i >= 0 && i < size ? i : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String clip(String s) {
    String t = s == null ? "" : s.strip();
    return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
  }
}
