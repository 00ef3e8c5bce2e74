package org.steppebrief.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.steppebrief.content.QuestionType;

class ResponseCodecTest {
  static final List<String> NASTY =
      List.of(
          "",
          " ",
          "plain",
          "say \"yes\"",
          "back\\slash \\\" \\u0041 \\n",
          "line\nbreak\r\nand\ttab",
          "a|b=c;d,e:f{g}[h]",
          "null",
          "true",
          "[\"not\", \"an array\"]",
          "Казахстан и НАТО: «партнёрство»",
          "Kazakhstan’s “IPAP” — 2006",
          "emoji \uD83C\uDDF0\uD83C\uDDFF",
          "lone \uD800 high and \uDC00 low",
          "\u0000\u0001\u001F\u007F",
          "separators \u2028 \u2029",
          "</script><script>alert(1)</script>");

  static Stream<Arguments> responses() {
    Stream.Builder<Arguments> out = Stream.builder();
    for (String s : NASTY) {
      out.add(Arguments.of(QuestionType.SINGLE_CHOICE, new Response.Choice(s)));
      out.add(Arguments.of(QuestionType.SHORT_ANSWER, new Response.Text(s)));
      out.add(Arguments.of(QuestionType.MULTI_CHOICE, new Response.Choices(Set.of(s, s + "2"))));
      out.add(Arguments.of(QuestionType.ORDERING, new Response.Order(List.of(s, "x", s))));
      out.add(Arguments.of(QuestionType.CLOZE, new Response.Blanks(List.of(s, ""))));
      out.add(
          Arguments.of(QuestionType.MATCHING, new Response.Matches(Map.of(s, s + "=", "k", s))));
    }
    out.add(Arguments.of(QuestionType.TRUE_FALSE, new Response.Truth(true)));
    out.add(Arguments.of(QuestionType.TRUE_FALSE, new Response.Truth(false)));
    out.add(Arguments.of(QuestionType.MULTI_CHOICE, new Response.Choices(Set.of())));
    out.add(Arguments.of(QuestionType.ORDERING, new Response.Order(List.of())));
    out.add(Arguments.of(QuestionType.MATCHING, new Response.Matches(Map.of())));
    for (QuestionType type : QuestionType.values()) {
      out.add(Arguments.of(type, new Response.Blank()));
    }
    return out.build();
  }

  @ParameterizedTest
  @MethodSource("responses")
  void everyResponseSurvivesARoundTrip(QuestionType type, Response response) {
    String encoded = ResponseCodec.encode(response);
    assertThat(ResponseCodec.decode(type, encoded)).isEqualTo(response);
  }

  @ParameterizedTest
  @MethodSource("responses")
  void encodingIsOneLineOfValidUnicodeWithoutControlCharacters(
      QuestionType type, Response response) {
    String encoded = ResponseCodec.encode(response);
    assertThat(encoded.chars()).noneMatch(c -> c < 0x20 || c == 0x2028 || c == 0x2029);
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(encoded.charAt(++i))).isTrue();
      } else {
        assertThat(Character.isLowSurrogate(c)).isFalse();
      }
    }
  }

  @Test
  void formatIsTheDocumentedJsonSubset() {
    assertThat(ResponseCodec.encode(new Response.Choice("The \"US\"")))
        .isEqualTo("\"The \\\"US\\\"\"");
    assertThat(ResponseCodec.encode(new Response.Text("a\\b\nc"))).isEqualTo("\"a\\\\b\\nc\"");
    assertThat(ResponseCodec.encode(new Response.Truth(false))).isEqualTo("false");
    assertThat(ResponseCodec.encode(new Response.Order(List.of("2006", "1994"))))
        .isEqualTo("[\"2006\",\"1994\"]");
    assertThat(ResponseCodec.encode(new Response.Choices(Set.of("b", "a", "c"))))
        .isEqualTo("[\"a\",\"b\",\"c\"]");
    assertThat(ResponseCodec.encode(new Response.Matches(Map.of("PfP", "1994", "IPAP", "2006"))))
        .isEqualTo("{\"IPAP\":\"2006\",\"PfP\":\"1994\"}");
    assertThat(ResponseCodec.encode(new Response.Blanks(List.of("2006", "IPAP"))))
        .isEqualTo("[\"2006\",\"IPAP\"]");
    assertThat(ResponseCodec.encode(new Response.Blank())).isEqualTo("null");
  }

  @Test
  void keepsNonAsciiAsItIsAndEscapesOnlyWhatMustBe() {
    assertThat(ResponseCodec.encode(new Response.Text("Казахстан|=’")))
        .isEqualTo("\"Казахстан|=’\"");
    assertThat(ResponseCodec.encode(new Response.Text("\u0001\u2028\uD800")))
        .isEqualTo("\"\\u0001\\u2028\\ud800\"");
  }

  @Test
  void theQuestionTypeSaysWhetherAStringIsAChoiceOrATypedText() {
    assertThat(ResponseCodec.decode(QuestionType.SINGLE_CHOICE, "\"1994\""))
        .isEqualTo(new Response.Choice("1994"));
    assertThat(ResponseCodec.decode(QuestionType.SHORT_ANSWER, "\"1994\""))
        .isEqualTo(new Response.Text("1994"));
  }

  @Test
  void readsStandardJsonEscapesAndWhiteSpace() {
    assertThat(ResponseCodec.decode(QuestionType.ORDERING, " [ \"a\\/b\" ,\n\"\\u00e9\\u00E9\" ] "))
        .isEqualTo(new Response.Order(List.of("a/b", "éé")));
    assertThat(ResponseCodec.decode(QuestionType.MULTI_CHOICE, "[\"a\",\"a\"]"))
        .isEqualTo(new Response.Choices(Set.of("a")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "\"unterminated",
        "\"bad \\x escape\"",
        "\"short \\u12\"",
        "\"non-ascii hex \\u١٢٣٤\"",
        "\"raw\nnewline\"",
        "\"a\" trailing",
        "\"a\"\"b\"",
        "tru",
        "True",
        "nul",
        "1994",
        "[1994]",
        "[\"a\",]",
        "[\"a\" \"b\"]",
        "[\"a\"",
        "[[\"nested\"]]",
        "[null]",
        "{\"a\":1}",
        "{\"a\":\"b\",}",
        "{\"a\" \"b\"}",
        "{a:\"b\"}",
        "{\"a\":\"b\",\"a\":\"c\"}",
        "{\"a\":[\"b\"]}",
        "'single quotes'",
        "\uFEFF\"bom\"",
      })
  void garbageDecodesToBlank(String garbage) {
    for (QuestionType type : QuestionType.values()) {
      assertThat(ResponseCodec.decode(type, garbage)).isEqualTo(new Response.Blank());
    }
  }

  @Test
  void valueOfTheWrongShapeForTheTypeDecodesToBlank() {
    assertThat(ResponseCodec.decode(QuestionType.ORDERING, "\"a\""))
        .isEqualTo(new Response.Blank());
    assertThat(ResponseCodec.decode(QuestionType.SINGLE_CHOICE, "true"))
        .isEqualTo(new Response.Blank());
    assertThat(ResponseCodec.decode(QuestionType.TRUE_FALSE, "\"true\""))
        .isEqualTo(new Response.Blank());
    assertThat(ResponseCodec.decode(QuestionType.MATCHING, "[\"a\"]"))
        .isEqualTo(new Response.Blank());
    assertThat(ResponseCodec.decode(QuestionType.CLOZE, "{\"a\":\"b\"}"))
        .isEqualTo(new Response.Blank());
  }

  @ParameterizedTest
  @EnumSource(QuestionType.class)
  void nullOrOverlongInputDecodesToBlank(QuestionType type) {
    assertThat(ResponseCodec.decode(type, null)).isEqualTo(new Response.Blank());
    assertThat(ResponseCodec.decode(null, "\"a\"")).isEqualTo(new Response.Blank());
    String huge = "\"" + "a".repeat(ResponseCodec.MAX_LENGTH) + "\"";
    assertThat(ResponseCodec.decode(type, huge)).isEqualTo(new Response.Blank());
  }

  @Test
  void nullTextsEncodeAsNothingGiven() {
    assertThat(ResponseCodec.encode(new Response.Choice(null))).isEqualTo("null");
    assertThat(ResponseCodec.decode(QuestionType.SHORT_ANSWER, "null"))
        .isEqualTo(new Response.Blank());
  }

  @Test
  void randomStringsRoundTripAndRandomTextNeverThrows() {
    Random random = new Random(20240601);
    char[] alphabet =
        "\"\\/{}[],:|= \n\r\t\u0000\u001fuaЖ’“\u2028\uD83C\uDDF0\uD800\uDC00".toCharArray();
    for (int n = 0; n < 2000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = s.toString();
      Response order = new Response.Order(List.of(text, text + "x"));
      assertThat(ResponseCodec.decode(QuestionType.ORDERING, ResponseCodec.encode(order)))
          .isEqualTo(order);
      for (QuestionType type : QuestionType.values()) {
        assertThatCode(() -> ResponseCodec.decode(type, text)).doesNotThrowAnyException();
      }
    }
  }
}
