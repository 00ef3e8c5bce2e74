package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompiledPageTest {
  @Test
  void fillsEveryHoleWithItsValueEscaped() {
    CompiledPage page =
        CompiledPage.of(
            "<form action=\"/quiz/"
                + CompiledPage.hole("id")
                + "\">"
                + CompiledPage.hole("name")
                + " and "
                + CompiledPage.hole("id")
                + "</form>");
    assertThat(text(page.fill(Map.of("id", "abc", "name", "<b>\"Ann\" & 'Bo'</b>"))))
        .isEqualTo(
            "<form action=\"/quiz/abc\">&lt;b&gt;&quot;Ann&quot; &amp; &#39;Bo&#39;&lt;/b&gt; and abc</form>");
  }

  @Test
  void refusesToServeAPageWithAnUnfilledHole() {
    CompiledPage page = CompiledPage.of("a" + CompiledPage.hole("x") + "b");
    assertThatThrownBy(() -> page.fill(Map.of())).hasMessageContaining("x");
  }

  @Test
  void aPageWithoutHolesIsServedAsItIs() {
    assertThat(text(CompiledPage.of("plain").fill(Map.of()))).isEqualTo("plain");
  }

  @Test
  void keepsEveryCharacterOfThePageAndOfTheValuesAsUtf8() {
    CompiledPage page =
        CompiledPage.of("<h1>Казахстан — «НАТО»</h1>" + CompiledPage.hole("v") + "<p>é</p>");
    assertThat(text(page.fill(Map.of("v", "Зачем & 𝄞"))))
        .isEqualTo("<h1>Казахстан — «НАТО»</h1>Зачем &amp; 𝄞<p>é</p>");
  }

  private static String text(byte[] utf8) {
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
