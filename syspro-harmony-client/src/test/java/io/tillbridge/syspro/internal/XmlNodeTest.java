package io.tillbridge.syspro.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class XmlNodeTest {

    @Test
    void elementNamesAreMatchedIgnoringTheirCase() {
        XmlNode root = EnetXml.parse("<setupinvwarehouse><item><key><stockcode>1004</stockcode></key></item></setupinvwarehouse>");
        assertThat(root.named("SetupInvWarehouse")).isTrue();
        assertThat(root.path("Item", "Key", "StockCode").orElseThrow().value()).isEqualTo("1004");
    }

    @Test
    void prefixedLookupFieldsAreKeptApartByTheirPrefix() {
        XmlNode root = EnetXml.parse("<SorDetail><SALBRN:Description>Head office</SALBRN:Description>"
                + "<TBLCUR:Description>Pound</TBLCUR:Description></SorDetail>");
        assertThat(root.text("SALBRN:Description")).contains("Head office");
        assertThat(root.text("TBLCUR:Description")).contains("Pound");
        assertThat(root.text("Description")).isEmpty();
        assertThat(root.children().get(1).localName()).isEqualTo("Description");
    }

    @Test
    void valuesAreEscapedByTheWriterNeverConcatenated() {
        XmlNode node = XmlNode.element("Query").leaf("Key", "A&B <C> \"D\"").build();
        String xml = EnetXml.write(node);
        assertThat(xml).isEqualTo("<Query><Key>A&amp;B &lt;C&gt; \"D\"</Key></Query>");
        assertThat(EnetXml.parse(xml).text("Key")).contains("A&B <C> \"D\"");
    }

    @Test
    void anInjectedElementStaysText() {
        String hostile = "X</StockCode><StockCode>Y";
        XmlNode parsed = EnetXml.parse(EnetXml.write(XmlNode.element("Key").leaf("StockCode", hostile).build()));
        assertThat(parsed.all("StockCode")).singleElement().extracting(XmlNode::value).isEqualTo(hostile);
    }

    @Test
    void leafTextIsKeptVerbatimAndTypedReadersTrim() {
        XmlNode root = EnetXml.parse("<R><Customer> 00001</Customer><Qty>     2.5 </Qty></R>");
        assertThat(root.child("Customer").orElseThrow().value()).isEqualTo(" 00001");
        assertThat(root.text("Customer")).contains("00001");
        assertThat(root.decimal("Qty")).contains(new BigDecimal("2.5"));
    }

    @Test
    void unmappedLeavesAreKept() {
        XmlNode root = EnetXml.parse("<R><A>1</A><B> 2 </B><C><D/></C></R>");
        assertThat(root.leavesExcept(Set.of("a"))).containsExactly(java.util.Map.entry("B", "2"));
    }

    @Test
    void nullOptionalFieldsAreLeftOut() {
        assertThat(EnetXml.write(XmlNode.element("Item").leaf("Customer", "C1").leaf("Email", null).build()))
                .isEqualTo("<Item><Customer>C1</Customer></Item>");
    }
}
