package org.steppebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer reads the print folder and nothing else: a template that points anywhere outside it
 * gets an error naming the address, and no request leaves the process.
 */
class PdfRendererLockdownTest {
  @TempDir Path dir;

  private static final PdfRenderer.Metadata META =
      new PdfRenderer.Metadata("Test", "Steppe Brief", "A test", "test", "en");

  private PrintTemplates templates(String name, String body) throws IOException {
    Path print = Files.createDirectories(dir.resolve("templates/print"));
    Files.writeString(
        print.resolve("inside.css"), "p { font-family: 'DejaVu Serif'; color: #123456; }");
    Files.writeString(print.resolve(name + ".xhtml"), body);
    return new PrintTemplates(dir.resolve("templates"), true);
  }

  private static String page(String head, String body) {
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>T</title>"
        + head
        + "</head><body><p>Hello.</p>"
        + body
        + "</body></html>";
  }

  private PdfRenderer.Pdf render(PrintTemplates templates, String name) {
    return new PdfRenderer(templates.dir())
        .render(
            templates.render(name, Map.of()), META, PdfRenderer.utc(Instant.EPOCH), new byte[16]);
  }

  @Test
  void readsAStylesheetInsideThePrintFolder() throws IOException {
    PrintTemplates t = templates("ok", page("<link rel=\"stylesheet\" href=\"inside.css\"/>", ""));
    assertThat(render(t, "ok").pages()).isEqualTo(1);
  }

  @Test
  void aStylesheetOnTheNetworkIsAnErrorAndNoRequestIsMade() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + listener.getLocalPort() + "/evil.css";
      PrintTemplates t =
          templates("net", page("<link rel=\"stylesheet\" href=\"" + url + "\"/>", ""));
      assertThatThrownBy(() -> render(t, "net"))
          .isInstanceOf(PrintTemplateException.class)
          .hasMessageContaining(url)
          .hasMessageContaining("fetches nothing from the network");
      listener.setSoTimeout(200);
      assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void anImageFromTheNetworkIsAnError() throws IOException {
    PrintTemplates t =
        templates("img", page("", "<img src=\"https://example.org/x.png\" alt=\"x\"/>"));
    assertThatThrownBy(() -> render(t, "img"))
        .isInstanceOf(PrintTemplateException.class)
        .hasMessageContaining("https://example.org/x.png");
  }

  @Test
  void aFileOutsideThePrintFolderIsAnError() throws IOException {
    PrintTemplates t =
        templates("etc", page("<link rel=\"stylesheet\" href=\"file:/etc/passwd\"/>", ""));
    assertThatThrownBy(() -> render(t, "etc"))
        .isInstanceOf(PrintTemplateException.class)
        .hasMessageContaining("file:/etc/passwd");
    PrintTemplates up =
        templates("up", page("", "<img src=\"../../../../../../etc/hostname\" alt=\"x\"/>"));
    assertThatThrownBy(() -> render(up, "up"))
        .isInstanceOf(PrintTemplateException.class)
        .hasMessageContaining("etc/hostname");
  }

  @Test
  void anExternalDtdOrEntityIsAnError() throws IOException {
    PrintTemplates t =
        templates(
            "dtd",
            "<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/x.dtd\">\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>T</title></head><body><p>x</p></body></html>");
    assertThatThrownBy(() -> render(t, "dtd"))
        .isInstanceOf(PrintTemplateException.class)
        .hasMessageContaining("http://127.0.0.1:9/x.dtd");
  }

  @Test
  void aTemplateCannotIncludeAFileOutsideThePrintFolder() throws IOException {
    Files.writeString(
        dir.resolve("secret.xhtml"), "<p xmlns=\"http://www.w3.org/1999/xhtml\">secret</p>");
    PrintTemplates t =
        templates(
            "incl",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:th=\"http://www.thymeleaf.org\" lang=\"en\"><body>"
                + "<div th:replace=\"~{../../secret}\"></div></body></html>");
    assertThatThrownBy(() -> t.render("incl", Map.of()))
        .isInstanceOf(PrintTemplateException.class)
        .hasMessageContaining("outside");
  }

  @Test
  void aFontTheProjectDoesNotShipFallsBackToTheShippedOnes() throws IOException {
    PrintTemplates t =
        templates(
            "fonts",
            page(
                "<style>p { font-family: Arial, Helvetica; } h1 { font-family: 'Times New Roman'; }</style>",
                "<h1>Зачем Казахстан зовет НАТО на Каспий</h1><p>Қазақстан, Өскемен, Ұлытау</p>"));
    PdfRenderer.Pdf pdf = render(t, "fonts");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = Samples.open(pdf)) {
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        var font = doc.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.getName()).contains("DejaVu");
      }
    }
    assertThat(Samples.text(pdf))
        .contains("Зачем Казахстан зовет НАТО на Каспий", "Қазақстан, Өскемен, Ұлытау");
  }

  @Test
  void everyShippedFaceHasTheKazakhAndRussianLetters() throws IOException {
    String letters =
        "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
            + "ӘәҒғҚқҢңӨөҰұҮүҺһІі«»—–’“”¶·…";
    for (Fonts.Face face : Fonts.FACES) {
      try (var in = Fonts.class.getResourceAsStream("/fonts/" + face.resource())) {
        var ttf =
            new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
        var cmap = ttf.getUnicodeCmapLookup();
        letters
            .codePoints()
            .forEach(
                c ->
                    assertThat(cmap.getGlyphId(c))
                        .as(face.resource() + " U+" + Integer.toHexString(c))
                        .isPositive());
      }
    }
  }
}
