package io.tillbridge.client.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

class HardenedXmlTest {

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        return HardenedXml.documentBuilderFactory().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anOrdinaryAnswerParses() throws Exception {
        assertThat(parse("<?xml version=\"1.0\"?><vspaccess><errorcode>0000</errorcode></vspaccess>")
                .getDocumentElement().getTextContent()).isEqualTo("0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>",
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/x.dtd\"> %p;]><a/>",
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><a>&b;</a>",
        "<?xml version=\"1.0\"?><!DOCTYPE a SYSTEM \"http://127.0.0.1:1/a.dtd\"><a/>",
    })
    void anyDoctypeIsRefusedSoNoEntityIsEverResolvedOrExpanded(String hostile) {
        assertThatThrownBy(() -> parse(hostile)).isInstanceOf(SAXParseException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void xincludeIsNotProcessed() throws Exception {
        var document = parse("<a xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></a>");
        assertThat(document.getDocumentElement().getTextContent()).isEmpty();
    }
}
