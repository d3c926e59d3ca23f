package io.tillbridge.kashflow.internal;

import io.tillbridge.client.internal.xml.HardenedXml;
import io.tillbridge.kashflow.AccountLockedException;

import io.tillbridge.client.ApiException;
import io.tillbridge.client.AuthenticationException;
import io.tillbridge.client.Secret;
import io.tillbridge.client.internal.http.Call;
import io.tillbridge.client.internal.http.HttpResult;
import io.tillbridge.client.internal.http.HttpTransport;
import io.tillbridge.client.redact.Redactor;
import io.tillbridge.kashflow.KashFlowApiException;
import io.tillbridge.kashflow.KashFlowNotFoundException;
import io.tillbridge.kashflow.UnreadableAnswerException;
import io.tillbridge.kashflow.internal.RestErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;

/**
 * KashFlow's SOAP API, for what REST lacks (reference: kashflow.md §4): {@code POST} to
 * {@code service.asmx} with {@code SOAPAction: "KashFlow/<Method>"}, credentials in every body, no
 * session. Answers come under HTTP 200 with {@code Status} {@code OK} or {@code NO} and a
 * {@code StatusDetail}: {@code NO} is an error (typed by its detail), {@code OK} with a detail is
 * not. Parsing refuses DTDs, external entities and XInclude, and answers over 16 MB.
 */
public final class KashFlowSoap {

    private final HttpTransport transport;
    private final String path;
    private final String userName;
    private final Secret password;
    private final Redactor redactor;
    private final ClientState state;
    private final SessionTokens credentials;

    /**
     * @param transport   based on the SOAP host
     * @param path        the endpoint's path, for example {@code /api/service.asmx}
     * @param credentials the REST session, whose lock-out and refused-credential state SOAP shares
     */
    public KashFlowSoap(HttpTransport transport, String path, String userName, Secret password, Redactor redactor,
                        ClientState state, SessionTokens credentials) {
        this.credentials = credentials;
        this.state = state;
        this.transport = transport;
        this.path = path;
        this.userName = userName;
        this.password = password;
        this.redactor = redactor;
    }

    /**
     * Calls a method.
     *
     * @throws KashFlowApiException for {@code Status NO}, SOAP faults and unreadable answers
     */
    public SoapResult call(SoapRequest request, Call.RetryMode retry) {
        state.requireOpen();
        credentials.requireSoapAllowed(); // locked or refused: sending the password again would only count as another failure
        String method = request.method();
        HttpResult result = transport.send(Call.post(path, retry)
                .body(request.envelope(userName, password).getBytes(StandardCharsets.UTF_8), "text/xml; charset=utf-8")
                .header("SOAPAction", "\"KashFlow/" + method + "\"")
                .operation("soap." + method)
                .build());
        SoapElement root = parse(result);
        SoapElement fault = root.find("Fault");
        if (fault != null) {
            String text = fault.text("faultstring");
            throw new KashFlowApiException(result.status(), "SoapFault", method + ": " + safe(text == null ? "SOAP fault" : text),
                    result.requestId());
        }
        if (!result.isSuccess()) {
            throw new KashFlowApiException(result.status(), null, method + ": HTTP " + result.status(), result.requestId());
        }
        SoapElement response = root.find(method + "Response");
        if (response == null) {
            throw new UnreadableAnswerException(result.status(), method + ": the answer has no " + method + "Response",
                    result.requestId());
        }
        String status = response.text("Status");
        String detail = response.text("StatusDetail");
        detail = detail == null ? "" : safe(detail);
        if ("NO".equalsIgnoreCase(status)) {
            ApiException refusal = refused(method, detail, result.requestId());
            if (refusal instanceof AccountLockedException || refusal instanceof AuthenticationException && credentialsRefused(detail)) {
                credentials.soapRefused((AuthenticationException) refusal);
            }
            throw refusal;
        }
        if (!"OK".equalsIgnoreCase(status)) {
            throw new UnreadableAnswerException(result.status(), method + ": unknown Status '" + safe(String.valueOf(status)) + "'",
                    result.requestId());
        }
        return new SoapResult(response.child(method + "Result"), detail);
    }

    /** {@code Status NO}, typed by its detail: credentials, IP access list, lock, not found, or other. */
    static ApiException refused(String method, String detail, String requestId) {
        String lower = detail.toLowerCase(Locale.ROOT);
        String message = method + " refused: " + (detail.isEmpty() ? "no detail" : detail);
        if (lower.contains("locked")) {
            return new AccountLockedException(200, message, requestId);
        }
        if (credentialsRefused(detail) || lower.contains("access list") || lower.contains("not enabled")) {
            return new AuthenticationException("KashFlow", 200, List.of("NO"), message, requestId);
        }
        if (lower.startsWith("there is no") || lower.contains("not found") || lower.contains("does not exist")
                || lower.contains("no such")) {
            return new KashFlowNotFoundException(200, "NO", message, requestId);
        }
        return new KashFlowApiException(200, "NO", message, requestId);
    }

    /**
     * "Incorrect username or password" (reference: kashflow.md §4): each resend counts as a failed
     * login, unlike an IP outside the access list or a disabled SOAP API, which an administrator
     * fixes without new credentials.
     */
    private static boolean credentialsRefused(String detail) {
        return detail.toLowerCase(Locale.ROOT).contains("username or password");
    }

    private String safe(String text) {
        return redactor.text(text);
    }

    private SoapElement parse(HttpResult result) {
        byte[] body = result.body();
        if (body.length > RestErrors.MAX_BODY) {
            throw new UnreadableAnswerException(result.status(), "SOAP answer larger than " + RestErrors.MAX_BODY + " bytes refused",
                    result.requestId());
        }
        if (body.length == 0) {
            throw new UnreadableAnswerException(result.status(), "empty SOAP answer (HTTP " + result.status() + ")",
                    result.requestId());
        }
        try {
            DocumentBuilder builder = HardenedXml.documentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return new SoapElement(builder.parse(new ByteArrayInputStream(body)).getDocumentElement());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new UnreadableAnswerException(result.status(), "SOAP answer is not well-formed XML"
                    + (e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? " (DOCTYPE refused)" : "")
                    + " (HTTP " + result.status() + ")", result.requestId());
        }
    }

}
