package org.steppebrief.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The IMS QTI 2.1 and Content Packaging 1.1 schemas as distributed by IMS (copied unchanged under
 * src/test/resources/qti-2.1-schema with their README), loaded without a network: every schema
 * location, relative or a web address, is mapped to a local file by this catalog, and anything the
 * catalog does not know is refused rather than fetched.
 */
final class OfflineSchemas {
  static final Path ROOT = Path.of("src/test/resources/qti-2.1-schema").toAbsolutePath();

  /** Web addresses and namespaces the schemas or documents name, and the local file for each. */
  private static final Map<String, String> CATALOG =
      Map.of(
          "http://www.w3.org/XML/1998/namespace",
          "w3/xml.xsd",
          "http://www.w3.org/2001/xml.xsd",
          "w3/xml.xsd",
          "http://www.w3.org/2001/XInclude",
          "w3/XInclude.xsd",
          "http://www.w3.org/1998/Math/MathML",
          "w3/mathml2/mathml2.xsd",
          "http://www.imsglobal.org/xsd/imsqti_v2p1",
          "qtiv2p1/imsqti_v2p1.xsd",
          "http://www.imsglobal.org/xsd/imscp_v1p1",
          "imscp_v1p1.xsd",
          "http://www.imsglobal.org/xsd/imsmd_v1p2",
          "imsmd_v1p2p4.xsd",
          "http://www.imsglobal.org/xsd/apip/apipv1p0/imsapip_qtiv1p0",
          "apipv1p0/apipv1p0_qtiextv2p1_v1p0.xsd");

  private static Schema qti;
  private static Schema contentPackaging;

  private OfflineSchemas() {}

  static synchronized Schema qti() {
    if (qti == null) {
      qti = load("qtiv2p1/imsqti_v2p1.xsd");
    }
    return qti;
  }

  static synchronized Schema contentPackaging() {
    if (contentPackaging == null) {
      contentPackaging = load("imscp_v1p1.xsd");
    }
    return contentPackaging;
  }

  private static Schema load(String entry) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      // Only local files may be read, whatever a schema says.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setResourceResolver(RESOLVER);
      return factory.newSchema(ROOT.resolve(entry).toFile());
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load schema " + entry, e);
    }
  }

  /** Every problem the schema finds in the document, as "line:column: message"; empty if valid. */
  static List<String> problems(Schema schema, byte[] document) {
    List<String> problems = new ArrayList<>();
    Validator validator = schema.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setResourceResolver(RESOLVER);
      validator.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
              problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
              error(e);
            }
          });
      validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    } catch (SAXException e) {
      problems.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  private static final LSResourceResolver RESOLVER =
      (type, namespace, publicId, systemId, baseUri) -> {
        if (systemId == null && namespace == null) {
          // MathML's "<xs:import/>" (any foreign namespace) names nothing to load.
          return null;
        }
        Path file = local(namespace, systemId, baseUri);
        try {
          return new LocalInput(file.toUri().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };

  /** The local file for a schema location: relative to a local schema, or from the catalog. */
  private static Path local(String namespace, String systemId, String baseUri) {
    if (systemId != null) {
      URI resolved = baseUri == null ? URI.create(systemId) : URI.create(baseUri).resolve(systemId);
      if ("file".equals(resolved.getScheme())) {
        Path path = Path.of(resolved).normalize();
        if (path.startsWith(ROOT) && Files.isRegularFile(path)) {
          return path;
        }
      }
      String mapped = CATALOG.get(systemId);
      if (mapped != null) {
        return ROOT.resolve(mapped);
      }
    }
    if (namespace != null && CATALOG.containsKey(namespace)) {
      return ROOT.resolve(CATALOG.get(namespace));
    }
    throw new IllegalStateException(
        "no local copy of schema " + systemId + " (namespace " + namespace + "); not fetching it");
  }

  /** A schema document handed to the parser from memory, with its address for relative imports. */
  private record LocalInput(String systemId, byte[] bytes) implements LSInput {
    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public InputStream getByteStream() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return systemId;
    }

    @Override
    public void setBaseURI(String baseUri) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
