package io.tillbridge.syspro.internal;

/** Opens {@link EnetAnswer}'s package-private framing to the tests in the parent package. */
public final class EnetAnswerProbe {

    private EnetAnswerProbe() {
    }

    public static String text(byte[] body, int limit) {
        EnetAnswer answer = EnetAnswer.of(body, limit);
        if (answer instanceof EnetAnswer.Text text) {
            return text.text();
        }
        throw new AssertionError("expected text, got " + answer);
    }

    public static XmlNode xml(byte[] body, int limit) {
        EnetAnswer answer = EnetAnswer.of(body, limit);
        if (answer instanceof EnetAnswer.Xml xml) {
            return xml.root();
        }
        throw new AssertionError("expected XML, got " + answer);
    }
}
