package io.tillbridge.opayo.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A read-only view of a parsed XML element: its child elements and their texts. */
final class XmlElement {

    private final Element element;

    XmlElement(Element element) {
        this.element = element;
    }

    /** The text of the first child element with this name, trimmed; null when absent or empty. */
    String text(String name) {
        XmlElement child = child(name);
        if (child == null) {
            return null;
        }
        String text = child.element.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    XmlElement child(String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equalsIgnoreCase(name)) {
                return new XmlElement(e);
            }
        }
        return null;
    }

    /** All child elements with this name, in document order. */
    List<XmlElement> children(String name) {
        List<XmlElement> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equalsIgnoreCase(name)) {
                children.add(new XmlElement(e));
            }
        }
        return children;
    }

    /**
     * Every child's name and content: the text of a leaf, the inner XML of an element with children
     * (a basket, 3-D Secure or fraud details), so nothing Opayo sent is dropped. A repeated name
     * keeps its first occurrence under the name and the next ones as {@code name[1]}, {@code name[2]}.
     */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e) {
                String name = e.getTagName().toLowerCase(java.util.Locale.ROOT);
                String value = hasElementChildren(e) ? innerXml(e) : e.getTextContent().trim();
                String key = name;
                for (int i = 1; fields.containsKey(key); i++) {
                    key = name + "[" + i + "]";
                }
                fields.put(key, value);
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    /** The texts of this element's children in document order; for small nested structures. */
    String text() {
        String text = element.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    private static String innerXml(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node node = e.getFirstChild(); node != null; node = node.getNextSibling()) {
            write(node, out);
        }
        return out.toString().trim();
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof Element e) {
            out.append('<').append(e.getTagName()).append('>');
            for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                write(child, out);
            }
            out.append("</").append(e.getTagName()).append('>');
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.append(ReportingXml.escape(node.getNodeValue()));
        }
    }

    /** Every leaf child's name and text. */
    Map<String, String> leaves() {
        Map<String, String> leaves = new LinkedHashMap<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && !hasElementChildren(e)) {
                leaves.put(e.getTagName().toLowerCase(java.util.Locale.ROOT), e.getTextContent().trim());
            }
        }
        return Collections.unmodifiableMap(leaves);
    }

    private static boolean hasElementChildren(Element e) {
        for (Node node = e.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                return true;
            }
        }
        return false;
    }
}
