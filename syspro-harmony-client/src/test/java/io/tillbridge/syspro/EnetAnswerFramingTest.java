package io.tillbridge.syspro;

import static io.tillbridge.syspro.SysproStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillbridge.syspro.internal.EnetAnswerProbe;
import io.tillbridge.syspro.internal.EnetXml;
import io.tillbridge.syspro.internal.XmlNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Both response framings, the WCF string wrapper, Windows-1252, and the hardened parser. */
class EnetAnswerFramingTest {

    private static final int LIMIT = 1 << 20;

    @Test
    void syspro7RawSessionIdKeepsItsTrailingSpaces() {
        assertThat(EnetAnswerProbe.text("3EA613166FE4BF47925DF1CEA14E910100  ".getBytes(StandardCharsets.US_ASCII), LIMIT))
                .isEqualTo("3EA613166FE4BF47925DF1CEA14E910100  ");
    }

    @Test
    void lineEndsAreFramingButSpacesAreNot() {
        assertThat(EnetAnswerProbe.text("ABC  \r\n".getBytes(StandardCharsets.US_ASCII), LIMIT)).isEqualTo("ABC  ");
    }

    @Test
    void syspro8JsonQuotedSessionIdIsUnquoted() {
        assertThat(EnetAnswerProbe.text("\"0f8fad5b-d9cb-469f-a165-70867728950e\"".getBytes(StandardCharsets.UTF_8), LIMIT))
                .isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    @Test
    void syspro8JsonQuotedXmlIsParsedDespiteItsWindows1252Declaration() {
        String xml = "<?xml version=\"1.0\" encoding=\"Windows-1252\"?><InvQuery><StockItem><Description>Tent £ é €</Description>"
                + "</StockItem></InvQuery>";
        String json = "\"" + xml.replace("\"", "\\\"") + "\"";
        XmlNode root = EnetAnswerProbe.xml(json.getBytes(StandardCharsets.UTF_8), LIMIT);
        assertThat(root.path("StockItem", "Description").orElseThrow().value()).isEqualTo("Tent £ é €");
    }

    @Test
    void syspro8JsonQuotedErrorIsErrorText() {
        assertThat(EnetAnswerProbe.text("\"ERROR: The supplied UserID is invalid.\"".getBytes(StandardCharsets.UTF_8), LIMIT))
                .isEqualTo("ERROR: The supplied UserID is invalid.");
    }

    @Test
    void aWcfStringWrapperIsUnwrapped() {
        String body = "<string xmlns=\"http://schemas.microsoft.com/2003/10/Serialization/\">&lt;InvQuery&gt;&lt;StockItem&gt;"
                + "&lt;StockCode&gt;A100&lt;/StockCode&gt;&lt;/StockItem&gt;&lt;/InvQuery&gt;</string>";
        XmlNode root = EnetAnswerProbe.xml(body.getBytes(StandardCharsets.UTF_8), LIMIT);
        assertThat(root.name()).isEqualTo("InvQuery");
        assertThat(EnetAnswerProbe.text("<string xmlns=\"x\">0</string>".getBytes(StandardCharsets.UTF_8), LIMIT)).isEqualTo("0");
    }

    @Test
    void rawWindows1252BytesDecodeByTheirDeclaration() {
        XmlNode root = EnetAnswerProbe.xml(fixture("invqry-answer.xml"), LIMIT);
        assertThat(root.path("StockItem", "Description").orElseThrow().value()).isEqualTo("Tent 2-man £ édition");
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '0'};
        assertThat(EnetAnswerProbe.text(body, LIMIT)).isEqualTo("0");
    }

    @Test
    void errorTextInWindows1252IsNotMangled() {
        byte[] body = "ERROR: Stock code 'TENT£' not found".getBytes(Charset.forName("windows-1252"));
        assertThat(EnetAnswerProbe.text(body, LIMIT)).isEqualTo("ERROR: Stock code 'TENT£' not found");
    }

    @Test
    void anAnswerOverTheLimitIsRefusedUnread() {
        assertThatThrownBy(() -> EnetAnswerProbe.text(new byte[2048], 1024)).isInstanceOf(UnreadableAnswerException.class)
                .hasMessageContaining("2048 bytes").hasMessageContaining("maxAnswerBytes");
    }

    @Test
    void aDoctypeIsRefused() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assertThatThrownBy(() -> EnetAnswerProbe.xml(evil.getBytes(StandardCharsets.UTF_8), LIMIT))
                .isInstanceOf(UnreadableAnswerException.class).hasMessageContaining("DTD");
    }

    @Test
    void aBillionLaughsDocumentIsRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><l>&b;</l>";
        assertThatThrownBy(() -> EnetXml.parse(laughs)).isInstanceOf(UnreadableAnswerException.class);
    }

    @Test
    void xincludeIsNotProcessed() {
        XmlNode root = EnetXml.parse("<x xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/hostname\"/></x>");
        assertThat(root.children()).singleElement().extracting(XmlNode::name).isEqualTo("xi:include");
    }

    @Test
    void malformedXmlIsUnreadableAndDoesNotEchoTheBody() {
        assertThatThrownBy(() -> EnetAnswerProbe.xml("<InvQuery><StockItem>".getBytes(StandardCharsets.UTF_8), LIMIT))
                .isInstanceOf(UnreadableAnswerException.class).hasMessageContaining("not well-formed");
    }

    @Test
    void anEmptyBodyIsEmptyText() {
        assertThat(EnetAnswerProbe.text(new byte[0], LIMIT)).isEmpty();
    }
}
