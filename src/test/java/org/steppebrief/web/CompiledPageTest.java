package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThat(page.fill(Map.of("id", "abc", "name", "<b>\"Ann\" & 'Bo'</b>")))
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
    assertThat(CompiledPage.of("plain").fill(Map.of())).isEqualTo("plain");
  }
}
