package io.tillbridge.kashflow.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A read-only view of one element of a SOAP answer; names compare without namespace prefixes. */
public final class SoapElement {

    private final Element element;

    SoapElement(Element element) {
        this.element = element;
    }

    public String name() {
        return local(element.getTagName());
    }

    /** The trimmed text of this element. */
    public String text() {
        return element.getTextContent().trim();
    }

    /** The trimmed text of the first child with this name; null when absent. */
    public String text(String name) {
        SoapElement child = child(name);
        return child == null ? null : child.text();
    }

    public SoapElement child(String name) {
        for (SoapElement child : children()) {
            if (child.name().equals(name)) {
                return child;
            }
        }
        return null;
    }

    public List<SoapElement> children() {
        List<SoapElement> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e) {
                children.add(new SoapElement(e));
            }
        }
        return children;
    }

    /** Every child that has no element children, by name, in document order. */
    public Map<String, String> leaves() {
        Map<String, String> leaves = new LinkedHashMap<>();
        for (SoapElement child : children()) {
            if (child.children().isEmpty()) {
                leaves.put(child.name(), child.text());
            }
        }
        return leaves;
    }

    /** The first descendant (depth first) with this name, or null. */
    SoapElement find(String name) {
        if (name().equals(name)) {
            return this;
        }
        for (SoapElement child : children()) {
            SoapElement found = child.find(name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static String local(String tag) {
        int colon = tag.indexOf(':');
        return colon < 0 ? tag : tag.substring(colon + 1);
    }
}
