package org.steppebrief.briefing;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every PDF is set in, shipped in the jar (DejaVu Serif and Sans: Latin, Cyrillic with
 * the letters of its non-Russian alphabets, Greek, punctuation) and embedded as subsets. No system
 * font is ever looked up. Parsed fonts are kept between renders, one set per concurrent render,
 * because a parsed font keeps a read position and cannot be shared by two threads.
 */
final class Fonts {
  /** One font file and the CSS family, weight and style it answers to. */
  record Face(String resource, String family, int weight, FontStyle style) {}

  /** The faces, under their own family names; generic names map to them too. */
  static final List<Face> FACES =
      List.of(
          new Face("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
          new Face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
          new Face("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC),
          new Face("DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, FontStyle.ITALIC),
          new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
          new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
          new Face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
          new Face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.OBLIQUE));

  /** The index of DejaVu Sans in {@link #FACES}. */
  private static final int SANS = 4;

  private static final Fonts SHIPPED = new Fonts();

  static {
    // openhtmltopdf makes a standard-14 Helvetica for form fields on every render, and PDFBox
    // answers that by scanning the system's fonts. Nothing here may depend on the system's fonts:
    // every request for a font that is not embedded gets the shipped DejaVu Sans.
    FontMappers.set(new ShippedOnly(SHIPPED.files.get(SANS)));
  }

  private final List<byte[]> files = new ArrayList<>();
  private final ConcurrentLinkedDeque<List<TrueTypeFont>> idle = new ConcurrentLinkedDeque<>();

  private Fonts() {
    for (Face face : FACES) {
      try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + face.resource())) {
        if (in == null) {
          throw new IllegalStateException("font missing from the jar: fonts/" + face.resource());
        }
        files.add(withoutSubstitutions(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The font file with its GSUB table hidden (its tag renamed), so PDFBox sets text glyph for
   * character as openhtmltopdf measured it. With GSUB, PDFBox would swap in ligatures after layout
   * (widths measured without them), and that substitution pass is a tenth of the rendering time.
   * The font itself is unchanged; the embedded subsets never carry GSUB anyway.
   */
  static byte[] withoutSubstitutions(byte[] ttf) {
    int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
        ttf[at] = 'g';
        ttf[at + 1] = 's';
        ttf[at + 2] = 'u';
        ttf[at + 3] = 'b';
      }
    }
    return ttf;
  }

  static Fonts shipped() {
    return SHIPPED;
  }

  /** Parsed fonts for one render, returned to the pool when closed. */
  Lease lease() {
    List<TrueTypeFont> parsed = idle.poll();
    return new Lease(parsed != null ? parsed : parseAll());
  }

  private List<TrueTypeFont> parseAll() {
    List<TrueTypeFont> parsed = new ArrayList<>();
    for (byte[] file : files) {
      try {
        parsed.add(new TTFParser().parse(new RandomAccessReadBuffer(file)));
      } catch (IOException e) {
        throw new UncheckedIOException("a shipped font does not parse", e);
      }
    }
    return parsed;
  }

  /** The fonts of one render. */
  final class Lease implements AutoCloseable {
    private final List<TrueTypeFont> parsed;
    private final List<LazyFont> registered = new ArrayList<>();

    private Lease(List<TrueTypeFont> parsed) {
      this.parsed = parsed;
    }

    /**
     * Offers every face to the builder, under its family and the generic family of its kind, so a
     * template that says only {@code serif} still gets an embedded font, never a standard-14 one.
     */
    void register(PdfRendererBuilder builder, PDDocument doc) {
      for (int i = 0; i < FACES.size(); i++) {
        Face face = FACES.get(i);
        LazyFont font = new LazyFont(doc, parsed.get(i));
        registered.add(font);
        builder.useFont(font, face.family(), face.weight(), face.style(), true);
        // openhtmltopdf looks generic families up as Serif, SansSerif and Monospaced.
        String generic = face.family().endsWith("Serif") ? "Serif" : "SansSerif";
        builder.useFont(font, generic, face.weight(), face.style(), true);
        if (generic.equals("SansSerif")) {
          builder.useFont(font, "Monospaced", face.weight(), face.style(), true);
        }
      }
    }

    /**
     * Makes the serif faces the last resort for a family nothing else provides ({@code Arial} in a
     * restyled template): without one, openhtmltopdf would draw no text at all in that family.
     */
    void registerFallbacks(PdfBoxFontResolver resolver) {
      for (int i = 0; i < FACES.size(); i++) {
        Face face = FACES.get(i);
        if (face.family().equals("DejaVu Serif")) {
          resolver.addFont(
              registered.get(i),
              face.family(),
              face.weight(),
              face.style() == FontStyle.NORMAL ? IdentValue.NORMAL : IdentValue.ITALIC,
              true,
              PdfBoxFontResolver.FontGroup.FINAL_FALLBACK);
        }
      }
    }

    @Override
    public void close() {
      idle.push(parsed);
    }
  }

  /** PDFBox's font lookup, answered from the shipped fonts alone. */
  private static final class ShippedOnly implements FontMapper {
    private final TrueTypeFont sans;

    ShippedOnly(byte[] file) {
      try {
        this.sans = new TTFParser().parse(new RandomAccessReadBuffer(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
      return new FontMapping<>(sans, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
      return new FontMapping<>(sans, false);
    }

    @Override
    public CIDFontMapping getCIDFont(
        String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
      return new CIDFontMapping(null, sans, false);
    }
  }

  /** Embeds its font in the document the first time the layout asks for it. */
  private static final class LazyFont extends PDFontSupplier {
    private final PDDocument doc;
    private final TrueTypeFont ttf;
    private PDFont font;

    LazyFont(PDDocument doc, TrueTypeFont ttf) {
      super(null);
      this.doc = doc;
      this.ttf = ttf;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
    }
  }
}
