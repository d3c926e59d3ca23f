package io.tillbridge.syspro.internal;

import io.tillbridge.client.internal.xml.HardenedXml;
import io.tillbridge.syspro.UnreadableAnswerException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes and reads e.net XML with the JDK's own XML support — never by string concatenation, so every
 * value is escaped. Reading is hardened: no DTD, no external entities, no XInclude, secure processing
 * on. Bytes are handed to the parser as bytes so that the {@code encoding="Windows-1252"} declaration
 * SYSPRO writes decodes £, é and € correctly; text that has already been decoded (the SYSPRO 8
 * JSON-quoted framing) is parsed from characters, where the declaration does not apply.
 * Parsing is not namespace-aware: SYSPRO writes prefixes such as {@code SALSLS:Name} without
 * declaring them.
 */
public final class EnetXml {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final DocumentBuilderFactory FACTORY = HardenedXml.documentBuilderFactory();

    private EnetXml() {
    }

    /** The document as text, without an XML declaration (it travels inside a URL). */
    public static String write(XmlNode root) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out);
            write(writer, root);
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("cannot write element " + root.name() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void write(XMLStreamWriter writer, XmlNode node) throws XMLStreamException {
        writer.writeStartElement(node.name());
        for (Map.Entry<String, String> attribute : node.attributes().entrySet()) {
            writer.writeAttribute(attribute.getKey(), attribute.getValue());
        }
        if (!node.value().isEmpty()) {
            writer.writeCharacters(node.value());
        }
        for (XmlNode child : node.children()) {
            write(writer, child);
        }
        writer.writeEndElement();
    }

    /** Parses bytes, honouring the document's declared encoding. */
    public static XmlNode parse(byte[] bytes) {
        return parse(new InputSource(new ByteArrayInputStream(bytes)));
    }

    /** Parses already-decoded text; any encoding declaration is ignored. */
    public static XmlNode parse(String text) {
        return parse(new InputSource(new StringReader(text)));
    }

    private static XmlNode parse(InputSource source) {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not resolved");
            });
            return convert(builder.parse(source).getDocumentElement());
        } catch (SAXException | IOException e) {
            throw new UnreadableAnswerException("SYSPRO's answer is not well-formed, or uses a DTD or entity, which is refused: "
                    + EnetValues.shorten(String.valueOf(e.getMessage())));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
    }

    private static XmlNode convert(Element element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            attributes.put(map.item(i).getNodeName(), map.item(i).getNodeValue());
        }
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                children.add(convert(childElement));
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        // Indentation between child elements is not a value; the text of a leaf is kept verbatim (padding included).
        String value = children.isEmpty() ? text.toString() : text.toString().trim();
        return new XmlNode(element.getTagName(), attributes, value, children);
    }

}
