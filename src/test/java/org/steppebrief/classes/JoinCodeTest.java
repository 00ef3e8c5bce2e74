package org.steppebrief.classes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {
  @Test
  void codesAreEightUnambiguousCharactersShownInTwoGroups() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = JoinCode.random();
      assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}");
      assertThat(JoinCode.shown(code)).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
      seen.add(code);
    }
    // 8 characters of a 32-letter alphabet: 40 bits.
    assertThat(Math.pow(JoinCode.ALPHABET.length(), JoinCode.LENGTH)).isEqualTo(Math.pow(2, 40));
    assertThat(seen).hasSize(1000);
  }

  @Test
  void typedCodesForgiveCaseSpacesDashesAndLookalikes() {
    assertThat(JoinCode.parse(" k7qf-2m9x ")).contains("K7QF2M9X");
    assertThat(JoinCode.parse("O1L0 abcd")).contains("0110ABCD");
    assertThat(JoinCode.parse("K7QF2M9")).isEmpty();
    assertThat(JoinCode.parse("K7QF2M9U")).isEmpty();
    assertThat(JoinCode.parse("x".repeat(100))).isEmpty();
  }

  @Test
  void displayNamesAreTrimmedCollapsedAndLimitedToFortyCodePoints() {
    assertThat(DisplayName.parse("  Айгүл   Нұрланқызы ")).contains("Айгүл Нұрланқызы");
    assertThat(DisplayName.parse("<script>alert(1)</script>"))
        .contains("<script>alert(1)</script>");
    assertThat(DisplayName.parse("Ә".repeat(40))).isPresent();
    assertThat(DisplayName.parse("Ә".repeat(41))).isEmpty();
    assertThat(DisplayName.parse("😀".repeat(40))).isPresent();
    assertThat(DisplayName.parse("   ")).isEmpty();
    assertThat(DisplayName.parse("a\u0000b")).isEmpty();
  }
}
