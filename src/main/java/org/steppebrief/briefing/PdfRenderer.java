package org.steppebrief.briefing;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns print XHTML into a tagged, archival PDF (PDF/UA-1 and PDF/A-3u) with openhtmltopdf on
 * PDFBox 3.
 *
 * <p>The renderer reads nothing but the shipped fonts and files inside the print templates folder:
 * any other address a template names (http:, file: elsewhere, jar:, an external DTD or entity) is
 * refused with a {@link PrintTemplateException} before anything is fetched. The output is a
 * function of the XHTML and the metadata: the creation date is passed in and the document id is a
 * hash of the input, so the same input gives the same bytes.
 */
public final class PdfRenderer {
  static {
    // openhtmltopdf logs every page and font at INFO through java.util.logging; only problems.
    XRLog.listRegisteredLoggers()
        .forEach(name -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
  }

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private final Path printDir;
  private final String baseUri;
  private final Fonts fonts;

  /** A rendered PDF and how many pages it has. */
  public record Pdf(byte[] bytes, int pages) {}

  /** What the PDF says about itself (the information dictionary and its XMP twin). */
  public record Metadata(
      String title, String author, String subject, String keywords, String language) {}

  public PdfRenderer(Path printDir) {
    this(printDir, Fonts.shipped());
  }

  PdfRenderer(Path printDir, Fonts fonts) {
    try {
      this.printDir = printDir.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("no print templates folder at " + printDir, e);
    }
    this.baseUri = this.printDir.toUri().toString();
    this.fonts = fonts;
  }

  /**
   * Renders XHTML (a document whose relative addresses resolve inside the print folder).
   *
   * @param created the creation and modification date written into the PDF
   * @param documentId bytes that identify the input; they become the PDF's /ID
   */
  public Pdf render(String xhtml, Metadata metadata, Calendar created, byte[] documentId) {
    Document dom = parse(xhtml);
    Lockdown lockdown = new Lockdown(printDir);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try (Fonts.Lease lease = fonts.lease();
        PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(doc);
      builder.withW3cDocument(dom, baseUri);
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
      builder.useColorProfile(SRGB);
      builder.withProducer("Steppe Brief");
      builder.useSVGDrawer(
          new BatikSVGDrawer(
              BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
      lease.register(builder, doc);
      builder.useUriResolver(lockdown::resolve);
      builder.useExternalResourceAccessControl(
          lockdown::allowBefore, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          lockdown::allowAfter, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.useProtocolsStreamImplementation(lockdown, Lockdown.PROTOCOLS);
      int pages;
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        lease.registerFallbacks(renderer.getFontResolver());
        renderer.createPDFWithoutClosing();
        lockdown.throwIfRefused();
        pages = doc.getNumberOfPages();
      } catch (PrintTemplateException e) {
        throw e;
      } catch (RuntimeException e) {
        lockdown.throwIfRefused();
        throw e;
      }
      fix(doc, metadata, created, documentId);
      doc.save(out);
      return new Pdf(out.toByteArray(), pages);
    } catch (IOException e) {
      lockdown.throwIfRefused();
      throw new UncheckedIOException("could not write the PDF", e);
    }
  }

  /**
   * openhtmltopdf stamps the current time into the information dictionary and the XMP; both get the
   * date passed in, the metadata the template leaves out, and an /ID from the input, so that
   * nothing in the file depends on when or where it was made.
   */
  private static void fix(PDDocument doc, Metadata meta, Calendar created, byte[] documentId)
      throws IOException {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreationDate(created);
    info.setModificationDate(created);
    info.setTitle(meta.title());
    info.setAuthor(meta.author());
    info.setSubject(meta.subject());
    info.setKeywords(meta.keywords());
    info.setCreator("Steppe Brief");
    doc.getDocumentCatalog().setLanguage(meta.language());
    PDMetadata stream = new PDMetadata(doc);
    stream.importXMPMetadata(
        xmp(meta, info.getProducer(), created).getBytes(StandardCharsets.UTF_8));
    doc.getDocumentCatalog().setMetadata(stream);
    describeLinks(doc);
    doc.setDocumentId(created.getTimeInMillis());
    COSArray id = new COSArray();
    id.add(new COSString(documentId));
    id.add(new COSString(documentId));
    doc.getDocument().getTrailer().setItem(COSName.ID, id);
  }

  /**
   * The XMP packet: the same title, author, subject, keywords, tools and dates as the information
   * dictionary (PDF/A requires them to agree), the PDF/A-3u and PDF/UA-1 identification, and the
   * extension schema that PDF/A requires for the PDF/UA namespace it does not predefine.
   */
  static String xmp(Metadata meta, String producer, Calendar created) {
    String date = java.time.format.DateTimeFormatter.ISO_INSTANT.format(created.toInstant());
    return """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
            xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
            xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
           <dc:format>application/pdf</dc:format>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
           <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
           <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
           <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
           <xmp:CreatorTool>Steppe Brief</xmp:CreatorTool>
           <xmp:CreateDate>%s</xmp:CreateDate>
           <xmp:ModifyDate>%s</xmp:ModifyDate>
           <pdf:Producer>%s</pdf:Producer>
           <pdf:Keywords>%s</pdf:Keywords>
           <pdfaid:part>3</pdfaid:part>
           <pdfaid:conformance>U</pdfaid:conformance>
           <pdfuaid:part>1</pdfuaid:part>
           <pdfaExtension:schemas>
            <rdf:Bag>
             <rdf:li rdf:parseType="Resource">
              <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
              <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
              <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
              <pdfaSchema:property>
               <rdf:Seq>
                <rdf:li rdf:parseType="Resource">
                 <pdfaProperty:name>part</pdfaProperty:name>
                 <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                 <pdfaProperty:category>internal</pdfaProperty:category>
                 <pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>
                </rdf:li>
               </rdf:Seq>
              </pdfaSchema:property>
             </rdf:li>
            </rdf:Bag>
           </pdfaExtension:schemas>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>"""
        .formatted(
            xml(meta.title()),
            xml(meta.author()),
            xml(meta.subject()),
            xml(meta.language()),
            date,
            date,
            xml(producer),
            xml(meta.keywords()));
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * PDF/UA wants every link to say where it goes (its Contents). openhtmltopdf writes none, for
   * contents entries and footnote calls alike; each gets the page it leads to.
   */
  private static void describeLinks(PDDocument doc) throws IOException {
    for (PDPage page : doc.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
          String target = "Link";
          if (link.getAction() instanceof PDActionGoTo goTo
              && goTo.getDestination() instanceof PDPageDestination dest) {
            int index = dest.retrievePageNumber();
            target =
                index >= 0 ? "Go to page " + (index + 1) : "Go to another part of this document";
          } else if (link.getDestination() instanceof PDPageDestination dest) {
            int index = dest.retrievePageNumber();
            target =
                index >= 0 ? "Go to page " + (index + 1) : "Go to another part of this document";
          }
          link.setContents(target);
        }
      }
    }
  }

  /** A calendar for a date-time in UTC, as PDF dates are written. */
  public static Calendar utc(java.time.Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  /**
   * Parses the XHTML without fetching anything: an external DTD or entity is an error that names
   * it, as is any other address the document points at outside the print folder.
   */
  private static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      factory.setXIncludeAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new PrintTemplateException(
                "the print template refers to an external DTD or entity ("
                    + systemId
                    + "); the renderer fetches nothing: use <!DOCTYPE html> and numeric character"
                    + " references");
          });
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (SAXException e) {
      throw new PrintTemplateException(
          "the print template is not well-formed XHTML: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The only way resources reach the renderer: relative addresses resolve inside the print folder
   * and are read from there; everything else is refused and remembered, so the render fails with a
   * message naming the address.
   */
  static final class Lockdown implements FSStreamFactory {
    /** Every protocol goes through {@link #getUrl}, so none reaches a network stack. */
    static final Set<String> PROTOCOLS =
        Set.of("file", "http", "https", "ftp", "jar", "ftps", "gopher", "mailto", "jrt", "smb");

    private final Path root;
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    Lockdown(Path root) {
      this.root = root;
    }

    String resolve(String base, String uri) {
      if (uri == null) {
        return null;
      }
      if (uri.startsWith("data:")) {
        return uri;
      }
      try {
        URI resolved = URI.create(base == null ? root.toUri().toString() : base).resolve(uri);
        return inside(resolved) == null ? refuse(uri) : resolved.toString();
      } catch (IllegalArgumentException e) {
        return refuse(uri);
      }
    }

    boolean allowBefore(String uri, ExternalResourceType type) {
      if (type == ExternalResourceType.FILE_EMBED) {
        refuse(uri);
        return false;
      }
      return true;
    }

    boolean allowAfter(String uri, ExternalResourceType type) {
      if (uri.startsWith("data:")) {
        return true;
      }
      try {
        return inside(URI.create(uri)) != null || refuse(uri) != null;
      } catch (IllegalArgumentException e) {
        refuse(uri);
        return false;
      }
    }

    /** The file a URI names, if it is a file inside the print folder (after symbolic links). */
    private Path inside(URI uri) {
      if (!"file".equals(uri.getScheme()) || uri.getRawAuthority() != null) {
        return null;
      }
      try {
        Path path = Path.of(uri).normalize();
        if (!path.startsWith(root)) {
          return null;
        }
        Path real = Files.exists(path) ? path.toRealPath() : path;
        return real.startsWith(root) ? real : null;
      } catch (IOException
          | IllegalArgumentException
          | java.nio.file.FileSystemNotFoundException e) {
        return null;
      }
    }

    private String refuse(String uri) {
      refused.add(uri);
      return null;
    }

    @Override
    public FSStream getUrl(String url) {
      Path file;
      try {
        file = inside(URI.create(url));
      } catch (IllegalArgumentException e) {
        file = null;
      }
      if (file == null) {
        refuse(url);
        return null;
      }
      final Path path = file;
      return new FSStream() {
        @Override
        public InputStream getStream() {
          try {
            return Files.newInputStream(path);
          } catch (IOException e) {
            return null;
          }
        }

        @Override
        public Reader getReader() {
          InputStream in = getStream();
          return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
        }
      };
    }

    void throwIfRefused() {
      if (!refused.isEmpty()) {
        throw new PrintTemplateException(
            "the print template refers to "
                + String.join(", ", refused.stream().distinct().toList())
                + "; the renderer reads only files inside "
                + root
                + " and fetches nothing from the network");
      }
    }
  }
}
