package capaian.read;

import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;

/**
 * XML parsers for the parts of an uploaded package, with the JDK's own parser and nothing of POI: no DOCTYPE at all
 * (so no external entity and no entity expansion: a billion-laughs part is refused at its first line), secure
 * processing on. POI's XMLHelper does the same but initialises POI's logging on a cold start.
 */
public final class SecureXml {
    private static final SAXParserFactory SAX = sax();

    private SecureXml() {}

    private static SAXParserFactory sax() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
        return f;
    }

    /**
     * Parses one part with the thread's reader ({@link #newXMLReader()}), which is left holding no handler: the
     * handler (a shared strings table, say) is not kept alive by the thread after the parse.
     */
    public static void parse(java.io.InputStream in, org.xml.sax.ContentHandler handler) throws java.io.IOException, SAXException {
        XMLReader reader = newXMLReader();
        reader.setContentHandler(handler);
        try {
            reader.parse(new org.xml.sax.InputSource(in));
        } finally {
            reader.setContentHandler(NO_HANDLER);
        }
    }

    private static final org.xml.sax.ContentHandler NO_HANDLER = new org.xml.sax.helpers.DefaultHandler();

    /** The thread's SAX parser, reset for each part: see {@link #BUILDER}. */
    private static final ThreadLocal<javax.xml.parsers.SAXParser> SAX_PARSER = new ThreadLocal<>();

    /**
     * A namespace-aware SAX reader that refuses any DOCTYPE, reset and the same one for the calling thread (an
     * upload's content types, relationships and shared strings each made a parser): use it through {@link #parse}.
     */
    private static XMLReader newXMLReader() throws SAXException {
        javax.xml.parsers.SAXParser p = SAX_PARSER.get();
        if (p != null) {
            p.reset();
            return p.getXMLReader();
        }
        try {
            p = SAX.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        SAX_PARSER.set(p);
        return p.getXMLReader();
    }

    private static final javax.xml.parsers.DocumentBuilderFactory DOM = dom();

    private static javax.xml.parsers.DocumentBuilderFactory dom() {
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM parser lacks a security feature", e);
        }
        return f;
    }

    /**
     * The thread's builder: making one sets up a whole Xerces configuration, and every write-back parses four to six
     * small parts (4 % of a server's upload). A builder parses one document at a time; every caller uses it at once.
     */
    private static final ThreadLocal<javax.xml.parsers.DocumentBuilder> BUILDER = new ThreadLocal<>();

    /**
     * A namespace-aware DOM builder that refuses any DOCTYPE (small parts only: relationships, comments), reset
     * and the same one for the calling thread: use it for one parse or new document, and do not keep it.
     */
    public static javax.xml.parsers.DocumentBuilder newDocumentBuilder() {
        javax.xml.parsers.DocumentBuilder b = BUILDER.get();
        if (b != null) {
            b.reset();
            return b;
        }
        try {
            b = DOM.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        BUILDER.set(b);
        return b;
    }

    /** A StAX factory that reads no DTD and resolves no external entity. */
    public static XMLInputFactory newXMLInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        return f;
    }
}
