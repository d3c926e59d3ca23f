package io.tillbridge.opayo;

/**
 * One error Opayo reported. Pi sends {@code {code, property, description, clientMessage}}; some
 * transaction errors come in the classic {@code {statusCode, statusDetail}} shape, which lands here
 * as code and description.
 *
 * @param code          Opayo's code, as a string (for example {@code 1018})
 * @param property      the request property at fault, when given (for example {@code billingAddress.address1})
 * @param description   Opayo's description for developers
 * @param clientMessage Opayo's message suitable for a shopper, when given
 */
public record OpayoError(String code, String property, String description, String clientMessage) {

    @Override
    public String toString() {
        return code + (property == null ? "" : " " + property) + ": " + description;
    }
}
