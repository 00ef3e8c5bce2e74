package org.steppebrief.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steppebrief.diagnostic.Diagnostics;
import org.steppebrief.diagnostic.Position;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field, with every mistake recorded where it is.
 *
 * <p>Each accessor returns empty (and records a diagnostic) instead of throwing, so one run reports
 * every problem of a file. Keys the schema does not know are reported with the closest known key,
 * because a misspelt optional field would otherwise be silently ignored.
 */
public final class YamlMap {
  private final String file;
  private final Node node;
  private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
  private final Diagnostics problems;

  private YamlMap(String file, Node node, Diagnostics problems) {
    this.file = file;
    this.node = node;
    this.problems = problems;
  }

  /** Reads {@code node} as a mapping, reporting duplicate keys; empty if it is not a mapping. */
  public static Optional<YamlMap> of(Node node, String file, String what, Diagnostics problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.error(position(file, node), what + " must be a mapping of `key: value` lines", null);
      return Optional.empty();
    }
    YamlMap map = new YamlMap(file, node, problems);
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problems.error(position(file, tuple.getKeyNode()), "a key must be plain text", null);
        continue;
      }
      NodeTuple earlier = map.fields.putIfAbsent(key.getValue(), tuple);
      if (earlier != null) {
        problems.error(
            position(file, key),
            "duplicate key `" + key.getValue() + "`",
            "it is already set on line " + position(file, earlier.getKeyNode()).line());
      }
    }
    return Optional.of(map);
  }

  public static Position position(String file, Node node) {
    var mark = node.getStartMark();
    return mark == null
        ? Position.wholeFile(file)
        : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  public Position position() {
    return position(file, node);
  }

  /** Where {@code key}'s value is, or the mapping itself when the key is absent. */
  public Position position(String key) {
    NodeTuple tuple = fields.get(key);
    return tuple == null ? position() : position(file, tuple.getValueNode());
  }

  public String file() {
    return file;
  }

  public Diagnostics problems() {
    return problems;
  }

  public boolean has(String key) {
    NodeTuple tuple = fields.get(key);
    return tuple != null && !isNull(tuple.getValueNode());
  }

  /** Reports every key that is not in {@code known}, suggesting the nearest one. */
  public void allowOnly(Set<String> known, String what) {
    for (var entry : fields.entrySet()) {
      if (!known.contains(entry.getKey())) {
        String nearest = Spelling.nearest(entry.getKey(), known);
        problems.error(
            position(file, entry.getValue().getKeyNode()),
            "unknown field `" + entry.getKey() + "` in " + what,
            nearest != null
                ? "did you mean `" + nearest + "`?"
                : "known fields: " + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  public Optional<String> optionalText(String key) {
    NodeTuple tuple = fields.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return Optional.empty();
    }
    if (tuple.getValueNode() instanceof ScalarNode scalar) {
      String value = scalar.getValue().strip();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
    problems.error(position(key), "`" + key + "` must be text, not a list or mapping", null);
    return Optional.empty();
  }

  public Optional<String> text(String key, String what) {
    Optional<String> value = optionalText(key);
    if (value.isEmpty() && !(fields.containsKey(key) && !isScalarOrNull(key))) {
      problems.error(
          position(key),
          what + " has no `" + key + "`",
          fields.containsKey(key) ? "give it a value" : "add a `" + key + ":` line");
    }
    return value;
  }

  public Optional<Integer> optionalInt(String key) {
    return optionalText(key)
        .flatMap(
            raw -> {
              try {
                return Optional.of(Integer.parseInt(raw));
              } catch (NumberFormatException e) {
                problems.error(
                    position(key), "`" + key + "` must be a whole number, not `" + raw + "`", null);
                return Optional.empty();
              }
            });
  }

  /** A list of plain strings; a single string is accepted as a list of one. */
  public Optional<List<String>> optionalTextList(String key) {
    NodeTuple tuple = fields.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return Optional.empty();
    }
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode scalar) {
      return Optional.of(List.of(scalar.getValue().strip()));
    }
    if (!(value instanceof SequenceNode seq)) {
      problems.error(position(key), "`" + key + "` must be a list", null);
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode scalar && !isNull(item)) {
        out.add(scalar.getValue().strip());
      } else {
        problems.error(
            position(file, item), "each entry of `" + key + "` must be plain text", null);
      }
    }
    return Optional.of(List.copyOf(out));
  }

  public List<String> textList(String key, String what) {
    Optional<List<String>> value = optionalTextList(key);
    if (value.isEmpty() && !fields.containsKey(key)) {
      problems.error(position(key), what + " has no `" + key + "`", "add a `" + key + ":` list");
    }
    return value.orElse(List.of());
  }

  /** The entries of a list of mappings, each with its own diagnostics. */
  public List<YamlMap> mappings(String key, String what) {
    NodeTuple tuple = fields.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return List.of();
    }
    if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
      problems.error(position(key), "`" + key + "` must be a list of " + what + "s", null);
      return List.of();
    }
    List<YamlMap> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      of(item, file, "each " + what, problems).ifPresent(out::add);
    }
    return out;
  }

  public Optional<YamlMap> mapping(String key, String what) {
    NodeTuple tuple = fields.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return Optional.empty();
    }
    return of(tuple.getValueNode(), file, what, problems);
  }

  /** The raw node of a field, for the few fields whose shape depends on another field. */
  public Optional<Node> node(String key) {
    NodeTuple tuple = fields.get(key);
    return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
  }

  private boolean isScalarOrNull(String key) {
    Node value = fields.get(key).getValueNode();
    return value instanceof ScalarNode || isNull(value);
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
  }
}
