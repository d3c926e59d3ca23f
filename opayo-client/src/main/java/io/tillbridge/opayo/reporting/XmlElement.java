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
