package io.tillbridge.syspro.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One element of an e.net XML document, immutable: what the client builds to send and what it reads
 * back. Reading is case-insensitive on element names because SYSPRO changes their case in some
 * answers ({@code SetupInvWarehouse} comes back as {@code setupinvwarehouse}; reference: syspro.md §1).
 * Text is kept exactly as sent — numbers padded with spaces, keys with a leading space — and the
 * typed readers ({@link #text}, {@link #decimal}) trim it.
 *
 * @param name       the element name as written, including any prefix ({@code SALSLS:Name})
 * @param attributes attributes in document order
 * @param value      the element's own text, empty when it has only children
 * @param children   child elements in document order
 */
public record XmlNode(String name, Map<String, String> attributes, String value, List<XmlNode> children) {

    public XmlNode {
        Objects.requireNonNull(name, "name");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
        value = value == null ? "" : value;
        children = List.copyOf(children == null ? List.of() : children);
    }

    /** An element holding text. */
    public static XmlNode leaf(String name, String text) {
        return new XmlNode(name, Map.of(), text, List.of());
    }

    /** An element holding other elements. */
    public static XmlNode of(String name, List<XmlNode> children) {
        return new XmlNode(name, Map.of(), "", children);
    }

    /** An element holding other elements. */
    public static XmlNode of(String name, XmlNode... children) {
        return of(name, List.of(children));
    }

    /** Starts an element to build. */
    public static Builder element(String name) {
        return new Builder(name);
    }

    /** The same element with one attribute added. */
    public XmlNode withAttribute(String attribute, String attributeValue) {
        Map<String, String> copy = new LinkedHashMap<>(attributes);
        copy.put(attribute, attributeValue);
        return new XmlNode(name, copy, value, children);
    }

    /** The name without a namespace prefix. */
    public String localName() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** True when this element's full name equals {@code other}, ignoring case. */
    public boolean named(String other) {
        return name.equalsIgnoreCase(other);
    }

    /** The first child of this name (case ignored, prefix significant). */
    public Optional<XmlNode> child(String childName) {
        for (XmlNode child : children) {
            if (child.named(childName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Every child of this name (case ignored). */
    public List<XmlNode> all(String childName) {
        return children.stream().filter(c -> c.named(childName)).collect(Collectors.toList());
    }

    /** Follows a path of child names, for example {@code path("StatusOfItems", "ItemsProcessed")}. */
    public Optional<XmlNode> path(String... names) {
        Optional<XmlNode> at = Optional.of(this);
        for (String step : names) {
            at = at.flatMap(n -> n.child(step));
        }
        return at;
    }

    /** Every element below this one (depth first, this one excluded). */
    public List<XmlNode> descendants() {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode child : children) {
            out.add(child);
            out.addAll(child.descendants());
        }
        return out;
    }

    /** A child's text, trimmed; empty when the child is absent or blank. */
    public Optional<String> text(String childName) {
        return child(childName).map(c -> c.value.trim()).filter(t -> !t.isEmpty());
    }

    /** A child's decimal value, with SYSPRO's padding and grouping commas read exactly. */
    public Optional<java.math.BigDecimal> decimal(String childName) {
        return child(childName).flatMap(c -> EnetValues.decimal(c.name, c.value));
    }

    /** A child's date in either of SYSPRO's formats; empty for none or {@code 0000-00-00}. */
    public Optional<java.time.LocalDate> date(String childName) {
        return child(childName).flatMap(c -> EnetValues.date(c.name, c.value));
    }

    /** An attribute, name matched ignoring case. */
    public Optional<String> attribute(String attribute) {
        return attributes.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(attribute))
                .map(Map.Entry::getValue).findFirst();
    }

    /**
     * The leaf children this client does not map, name to trimmed text: what a typed record keeps so
     * that nothing SYSPRO says is dropped. Names are compared ignoring case.
     */
    public Map<String, String> leavesExcept(Set<String> known) {
        Set<String> lower = known.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, String> out = new LinkedHashMap<>();
        for (XmlNode child : children) {
            if (child.children.isEmpty() && !lower.contains(child.name.toLowerCase(Locale.ROOT))) {
                out.putIfAbsent(child.name, child.value.trim());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The first {@code StatusOfItems} trailer anywhere below this element, child name to trimmed text, in
     * order; empty when there is none.
     */
    public Map<String, String> statusOfItems() {
        Map<String, String> status = new LinkedHashMap<>();
        descendants().stream().filter(n -> n.named("StatusOfItems")).findFirst()
                .ifPresent(s -> s.children().forEach(c -> status.put(c.name(), c.value().trim())));
        return status;
    }

    /**
     * Every leaf below this element that a result does not map, keyed by its path below this element
     * ({@code Item/CreditNoteValue}; a repeat gets {@code [2]}, {@code [3]}…), trimmed: what a posting's
     * result keeps so that nothing SYSPRO answered is dropped. The {@code StatusOfItems} trailer is left
     * out (results keep it on its own); names are compared ignoring case.
     */
    public Map<String, String> descendantLeavesExcept(Set<String> known) {
        Set<String> lower = known.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, String> out = new LinkedHashMap<>();
        collectLeaves("", lower, out);
        return Collections.unmodifiableMap(out);
    }

    private void collectLeaves(String prefix, Set<String> known, Map<String, String> out) {
        for (XmlNode child : children) {
            if (child.named("StatusOfItems")) {
                continue;
            }
            String path = prefix + child.name;
            if (!child.children.isEmpty()) {
                child.collectLeaves(path + "/", known, out);
            } else if (!known.contains(child.name.toLowerCase(Locale.ROOT))) {
                String key = path;
                for (int n = 2; out.containsKey(key); n++) {
                    key = path + "[" + n + "]";
                }
                out.put(key, child.value.trim());
            }
        }
    }

    /** Builds an element; {@code null} text values are skipped so optional fields stay optional. */
    public static final class Builder {
        private final String name;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<XmlNode> children = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a text child unless the text is null. */
        public Builder leaf(String childName, Object text) {
            if (text != null) {
                children.add(XmlNode.leaf(childName, EnetValues.format(text)));
            }
            return this;
        }

        public Builder child(XmlNode child) {
            children.add(Objects.requireNonNull(child, "child"));
            return this;
        }

        public Builder children(List<XmlNode> more) {
            more.forEach(this::child);
            return this;
        }

        public Builder attribute(String attribute, String attributeValue) {
            attributes.put(attribute, attributeValue);
            return this;
        }

        public XmlNode build() {
            return new XmlNode(name, attributes, "", children);
        }
    }
}
