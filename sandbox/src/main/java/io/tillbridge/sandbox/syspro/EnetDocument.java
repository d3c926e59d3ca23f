package io.tillbridge.sandbox.syspro;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The emulator's side of e.net XML: reading what a caller sent (hardened: no DTD, no entities) and
 * writing answers the way the reference describes SYSPRO's (syspro.md §1): a Windows-1252 declaration,
 * the root's Language/Version attributes, numbers padded with spaces. By default every character outside
 * ASCII is written as a character reference — the bytes are then the same in Windows-1252 and UTF-8, and
 * the declaration stays true whatever the channel; {@link #write(Out, boolean)} can instead keep them as
 * characters for a body sent as real Windows-1252 bytes (0x80–0xFF), as SYSPRO 7 sends them.
 */
final class EnetDocument {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private EnetDocument() {
    }

    /** A request element: name lookups ignore case, as a lenient server would. */
    record In(Element element) {
        Optional<In> child(String name) {
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equalsIgnoreCase(name)) {
                    return Optional.of(new In(e));
                }
            }
            return Optional.empty();
        }

        List<In> children(String name) {
            List<In> out = new ArrayList<>();
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && (name == null || e.getTagName().equalsIgnoreCase(name))) {
                    out.add(new In(e));
                }
            }
            return out;
        }

        String name() {
            return element.getTagName();
        }

        /** Trimmed text of a child, or "" when absent. */
        String text(String name) {
            return child(name).map(c -> c.element.getTextContent().trim()).orElse("");
        }

        String attribute(String name) {
            return element.getAttribute(name);
        }

        /** Follows child names. */
        Optional<In> path(String... names) {
            Optional<In> at = Optional.of(this);
            for (String name : names) {
                at = at.flatMap(a -> a.child(name));
            }
            return at;
        }
    }

    /** Parses a caller's XML; throws {@link IllegalArgumentException} with SYSPRO-like text when it is not XML. */
    static In parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new In(builder.parse(new InputSource(new StringReader(xml))).getDocumentElement());
        } catch (Exception e) {
            throw new IllegalArgumentException("XML document could not be loaded");
        }
    }

    /** An answer element under construction. */
    static final class Out {
        private final String name;
        private final List<String[]> attributes = new ArrayList<>();
        private final List<Out> children = new ArrayList<>();
        private String text;

        Out(String name) {
            this.name = name;
        }

        Out attr(String attribute, String value) {
            attributes.add(new String[] {attribute, value});
            return this;
        }

        Out add(String child, Object value) {
            Out leaf = new Out(child);
            leaf.text = value == null ? "" : String.valueOf(value);
            children.add(leaf);
            return this;
        }

        Out add(Out child) {
            children.add(child);
            return this;
        }

        Out child(String child) {
            Out node = new Out(child);
            children.add(node);
            return node;
        }

        /** The same tree with every element name lower-cased, as SYSPRO's Setup answers come back. */
        Out lowerCased() {
            Out copy = new Out(name.toLowerCase(Locale.ROOT));
            copy.text = text;
            copy.attributes.addAll(attributes);
            children.forEach(c -> copy.children.add(c.name.equals("StatusOfItems") ? c : c.lowerCased()));
            return copy;
        }

        private void write(XMLStreamWriter writer) throws XMLStreamException {
            writer.writeStartElement(name);
            for (String[] a : attributes) {
                writer.writeAttribute(a[0], a[1]);
            }
            if (text != null) {
                writer.writeCharacters(text);
            }
            for (Out c : children) {
                c.write(writer);
            }
            writer.writeEndElement();
        }
    }

    /** A SYSPRO-style root with the attributes the recordings show; {@code version} is the business object's. */
    static Out root(String name, String version) {
        return new Out(name).attr("Language", "05").attr("Language2", "EN").attr("CssStyle", "").attr("DecFormat", "1")
                .attr("DateFormat", "01").attr("Role", "01").attr("Version", version).attr("OperatorPrimaryRole", "   ");
    }

    /** Windows-1252, the charset SYSPRO declares and, on SYSPRO 7, sends. */
    static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

    /** The document with its Windows-1252 declaration; non-ASCII as character references. */
    static String write(Out root) {
        return write(root, false);
    }

    /**
     * The document with its Windows-1252 declaration.
     *
     * @param root         the answer
     * @param windows1252  true to keep every character Windows-1252 can hold as itself, for a body encoded
     *                     in Windows-1252 (é is then the byte 0xE9, € 0x80); others stay character references
     */
    static String write(Out root, boolean windows1252) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out);
            root.write(writer);
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        java.nio.charset.CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"Windows-1252\"?>\n");
        out.toString().codePoints().forEach(cp -> {
            if (cp < 128 || windows1252 && Character.isBmpCodePoint(cp) && encoder.canEncode((char) cp)) {
                text.appendCodePoint(cp);
            } else {
                text.append("&#").append(cp).append(';');
            }
        });
        return text.toString();
    }

    /** A number padded to SYSPRO's width on the left (and one space on the right, as some answers have). */
    static String padded(BigDecimal value, int scale) {
        String plain = (value.scale() > scale ? value : value.setScale(scale)).toPlainString();
        return " ".repeat(Math.max(0, 12 - plain.length())) + plain + " ";
    }

    /** A count padded like {@code <RowsReturned>       1</RowsReturned>}. */
    static String padded(int value) {
        return String.format(Locale.ROOT, "%8d", value);
    }

    /** A count zero-filled like {@code <ItemsProcessed>000001</ItemsProcessed>}. */
    static String zeroFilled(int value) {
        return String.format(Locale.ROOT, "%06d", value);
    }
}
