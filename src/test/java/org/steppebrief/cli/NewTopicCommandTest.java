package org.steppebrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steppebrief.content.ContentFixture;
import picocli.CommandLine;

class NewTopicCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void writesASkeletonThatCheckRefusesUntilItsPlaceholdersAreFilledAndAcceptsAfter()
      throws Exception {
    Path content = ContentFixture.withSheets(dir);
    Run made =
        run(
            "new-topic",
            "early-partnership",
            "--title",
            "The \"early\" partnership",
            "--content",
            content.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    Path file = content.resolve("questions/early-partnership.yaml");
    assertThat(made.out()).contains("wrote " + file);

    Run unfilled = run("check", "--content", content.toString());
    assertThat(unfilled.exit()).isEqualTo(1);
    assertThat(unfilled.out()).contains("TODO-SOURCE");

    String yaml = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(yaml).startsWith("# Topic `early-partnership`").contains("kind: fact  ");
    String filled =
        yaml.replace("TODO-SOURCE", "mini-paper")
            .replace("TODO-objective-", "objective-")
            .replace(
                "TODO the source's own words, at least four, copied exactly",
                "The partnership began in 1994 with the Partnership for Peace")
            .replace(
                "TODO the source's own words for the second fact",
                "the partnership is a bridge between East and West")
            .replace("TODO a first sentence in your own words", "The partnership began in 1994")
            .replace("TODO a second sentence", "The experts call it a bridge")
            .replace("TODO ", "");
    assertThat(filled.lines().filter(l -> !l.startsWith("#"))).noneMatch(l -> l.contains("TODO"));
    Files.writeString(file, filled, StandardCharsets.UTF_8);

    Run check = run("check", "--content", content.toString());
    assertThat(check.exit()).as(check.out()).isZero();
    assertThat(check.out()).contains("topics     1").contains("facts      2");
  }

  @Test
  void refusesAnIdThatExistsAndLeavesTheFileAlone() throws Exception {
    Path content = ContentFixture.withSheets(dir, "good");
    Path file = content.resolve("questions/good.yaml");
    String before = Files.readString(file);

    Run run = run("new-topic", "good", "--title", "Again", "--content", content.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("topic `good` exists already");
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void refusesAMalformedIdAndAnEmptyTitle() {
    Path content = ContentFixture.withSheets(dir);
    Run badId = run("new-topic", "Trade_Links", "--title", "T", "--content", content.toString());
    assertThat(badId.exit()).isEqualTo(2);
    assertThat(badId.err()).contains("is not lower-case words joined by `-`");
    Run noTitle = run("new-topic", "trade-links", "--title", " ", "--content", content.toString());
    assertThat(noTitle.exit()).isEqualTo(2);
    assertThat(content.resolve("questions/trade-links.yaml")).doesNotExist();
  }
}
