package org.steppebrief.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Runs an assessmentItem's response processing on a response, following the QTI 2.1 information
 * model (IMS QTI v2.1 Final, section 5, "Response Processing" and "Expressions"), for the rules and
 * expressions QTI defines that an item may use here: responseCondition, setOutcomeValue, variable,
 * correct, baseValue, match, index, and, lt, gt, gte, sum, divide, mapResponse and patternMatch (an
 * XML Schema regular expression that must match the whole string, run here by Java's regular
 * expressions, which agree with XML Schema's on the constructs the items use). Anything else is
 * refused, so a test cannot pass on an item this reader does not understand.
 *
 * <p>A player resets outcomes to their defaults before each attempt (QTI 2.1 leaves when to the
 * player); {@link #runKeepingOutcomes} plays one that never does, so an item that only adds to a
 * counter it does not set first scores wrong there.
 *
 * <p>Values: {@code null} is NULL; numbers are {@link Double}; single identifiers, strings and
 * directed pairs ("L1 R2") are {@link String}; a multiple container is a {@link List} compared as a
 * multiset, an ordered one an {@link Ordered}.
 */
final class QtiScoring {
  /** An ordered container: compared in order, read by index. */
  record Ordered(List<Object> values) {}

  private final Element item;
  private final Map<String, Element> responses = new HashMap<>();
  private final Map<String, Object> values = new HashMap<>();

  QtiScoring(Element item) {
    this.item = item;
    for (Element d : children(item, "responseDeclaration")) {
      responses.put(d.getAttribute("identifier"), d);
    }
  }

  private boolean started;

  /** Sets the responses, runs the processing and returns the outcome values. */
  Map<String, Object> run(Map<String, Object> given) {
    resetOutcomes();
    return process(given);
  }

  /**
   * As {@link #run}, but outcomes keep the values the last run left (defaults only before the first
   * run), as a player that does not reset them between attempts.
   */
  Map<String, Object> runKeepingOutcomes(Map<String, Object> given) {
    if (!started) {
      resetOutcomes();
      started = true;
    }
    return process(given);
  }

  private void resetOutcomes() {
    values.clear();
    for (Element d : children(item, "outcomeDeclaration")) {
      String id = d.getAttribute("identifier");
      String baseType = d.getAttribute("baseType");
      List<Element> defaults = children(d, "defaultValue");
      Object value = null;
      if (!defaults.isEmpty()) {
        value = typed(baseType, children(defaults.get(0), "value").get(0).getTextContent());
      } else if (d.getAttribute("cardinality").equals("single")
          && (baseType.equals("float") || baseType.equals("integer"))) {
        // Without a default, a single numeric outcome starts at 0, any other at NULL.
        value = 0.0;
      }
      values.put(id, value);
    }
  }

  private Map<String, Object> process(Map<String, Object> given) {
    for (Map.Entry<String, Element> d : responses.entrySet()) {
      values.put(d.getKey(), container(d.getValue(), given.get(d.getKey())));
    }
    rules(elements(children(item, "responseProcessing").get(0)));
    return new HashMap<>(values);
  }

  private void rules(List<Element> rules) {
    for (Element rule : rules) {
      switch (rule.getTagName()) {
        case "responseCondition" -> condition(rule);
        case "setOutcomeValue" ->
            values.put(rule.getAttribute("identifier"), value(elements(rule).get(0)));
        default -> throw new IllegalArgumentException("unsupported rule " + rule.getTagName());
      }
    }
  }

  /** The first branch whose expression is true runs; NULL counts as false. */
  private void condition(Element condition) {
    for (Element branch : elements(condition)) {
      List<Element> parts = elements(branch);
      if (branch.getTagName().equals("responseElse")) {
        rules(parts);
        return;
      }
      if (Boolean.TRUE.equals(value(parts.get(0)))) {
        rules(parts.subList(1, parts.size()));
        return;
      }
    }
  }

  private Object value(Element e) {
    List<Element> args = elements(e);
    return switch (e.getTagName()) {
      case "variable" -> values.get(e.getAttribute("identifier"));
      case "correct" -> correct(e.getAttribute("identifier"));
      case "baseValue" -> typed(e.getAttribute("baseType"), e.getTextContent());
      case "match" -> match(value(args.get(0)), value(args.get(1)));
      case "index" -> index(value(args.get(0)), Integer.parseInt(e.getAttribute("n")));
      case "lt" -> compare(value(args.get(0)), value(args.get(1)), -1, false);
      case "gt" -> compare(value(args.get(0)), value(args.get(1)), 1, false);
      case "gte" -> compare(value(args.get(0)), value(args.get(1)), 1, true);
      case "sum" -> sum(args);
      case "and" -> and(args);
      case "divide" -> divide(value(args.get(0)), value(args.get(1)));
      case "mapResponse" -> mapResponse(e.getAttribute("identifier"));
      case "patternMatch" -> patternMatch(value(args.get(0)), e.getAttribute("pattern"));
      default -> throw new IllegalArgumentException("unsupported expression " + e.getTagName());
    };
  }

  private Object correct(String identifier) {
    Element declaration = responses.get(identifier);
    List<Object> correct = new ArrayList<>();
    for (Element v : children(children(declaration, "correctResponse").get(0), "value")) {
      correct.add(v.getTextContent().strip());
    }
    return declaration.getAttribute("cardinality").equals("single")
        ? correct.get(0)
        : container(declaration, correct);
  }

  /** A response value in the container its declaration's cardinality says. */
  private static Object container(Element declaration, Object value) {
    if (value instanceof List<?> list
        && declaration.getAttribute("cardinality").equals("ordered")) {
      return new Ordered(new ArrayList<>(list));
    }
    return value;
  }

  /**
   * match: NULL if either side is NULL; ordered containers match in order, multiple ones as
   * multisets.
   */
  private static Object match(Object a, Object b) {
    if (a == null || b == null) {
      return null;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      return counts(x).equals(counts(y));
    }
    return Objects.equals(a, b);
  }

  private static Map<Object, Long> counts(List<?> values) {
    Map<Object, Long> counts = new HashMap<>();
    values.forEach(v -> counts.merge(v, 1L, Long::sum));
    return counts;
  }

  /** index: the n-th value of an ordered container; NULL if out of range or NULL. */
  private static Object index(Object container, int n) {
    if (!(container instanceof Ordered ordered) || n < 1 || n > ordered.values().size()) {
      return null;
    }
    return ordered.values().get(n - 1);
  }

  private static Object compare(Object a, Object b, int sign, boolean orEqual) {
    if (a == null || b == null) {
      return null;
    }
    int c = Double.compare((Double) a, (Double) b);
    return orEqual ? c == 0 || Integer.signum(c) == sign : Integer.signum(c) == sign;
  }

  private Object sum(List<Element> args) {
    double total = 0;
    for (Element arg : args) {
      Object v = value(arg);
      if (v == null) {
        return null;
      }
      total += (Double) v;
    }
    return total;
  }

  /** and: false if any is false, else NULL if any is NULL, else true. */
  private Object and(List<Element> args) {
    boolean sawNull = false;
    for (Element arg : args) {
      Object v = value(arg);
      if (v == null) {
        sawNull = true;
      } else if (!(Boolean) v) {
        return false;
      }
    }
    return sawNull ? null : true;
  }

  /** patternMatch: NULL for NULL, else whether the whole string matches. */
  private static Object patternMatch(Object value, String pattern) {
    if (value == null) {
      return null;
    }
    return java.util.regex.Pattern.compile(pattern).matcher((String) value).matches();
  }

  private static Object divide(Object a, Object b) {
    if (a == null || b == null || (Double) b == 0) {
      return null;
    }
    return (Double) a / (Double) b;
  }

  /**
   * mapResponse: the sum of the mapped values of the response's distinct values (the default value
   * for one without an entry), then bounded below and above (QTI 2.1, mapping).
   */
  private Object mapResponse(String identifier) {
    Element mapping = children(responses.get(identifier), "mapping").get(0);
    double fallback = Double.parseDouble(mapping.getAttribute("defaultValue"));
    Object response = values.get(identifier);
    List<Object> given = new ArrayList<>();
    if (response instanceof List<?> list) {
      list.stream().distinct().forEach(given::add);
    } else if (response != null) {
      given.add(response);
    }
    double total = 0;
    for (Object v : given) {
      Double mapped = null;
      for (Element entry : children(mapping, "mapEntry")) {
        String key = entry.getAttribute("mapKey");
        boolean caseSensitive = !"false".equals(entry.getAttribute("caseSensitive"));
        boolean hit = caseSensitive ? key.equals(v) : key.equalsIgnoreCase((String) v);
        if (hit) {
          mapped = Double.parseDouble(entry.getAttribute("mappedValue"));
          break;
        }
      }
      total += mapped == null ? fallback : mapped;
    }
    if (!mapping.getAttribute("lowerBound").isEmpty()) {
      total = Math.max(total, Double.parseDouble(mapping.getAttribute("lowerBound")));
    }
    if (!mapping.getAttribute("upperBound").isEmpty()) {
      total = Math.min(total, Double.parseDouble(mapping.getAttribute("upperBound")));
    }
    return total;
  }

  private static Object typed(String baseType, String text) {
    return switch (baseType) {
      case "float", "integer" -> Double.parseDouble(text.strip());
      case "boolean" -> Boolean.parseBoolean(text.strip());
      case "string" -> text;
      default -> text.strip();
    };
  }

  static List<Element> elements(Element parent) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  static List<Element> children(Element parent, String name) {
    return elements(parent).stream().filter(e -> e.getLocalName().equals(name)).toList();
  }
}
