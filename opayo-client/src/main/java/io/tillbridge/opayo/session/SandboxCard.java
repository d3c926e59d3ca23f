package io.tillbridge.opayo.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A test card for the sandbox: the only place in Tillbridge that ever holds a card number. Never
 * use it with real cards; production card data belongs in Opayo's hosted fields in the shopper's
 * browser. {@link #toString()} shows only the last four digits.
 *
 * @param cardholderName at most 45
 * @param cardNumber     a sandbox test card number (reference: opayo.md §5)
 * @param expiryDate     {@code MMYY}
 * @param securityCode   3 or 4 digits; may be null
 */
public record SandboxCard(@NotBlank @Size(max = 45) String cardholderName,
                          @NotBlank @Pattern(regexp = "\\d{12,19}", message = "must be 12-19 digits") String cardNumber,
                          @NotBlank @Pattern(regexp = "(0[1-9]|1[0-2])\\d{2}", message = "must be MMYY") String expiryDate,
                          @Pattern(regexp = "\\d{3,4}", message = "must be 3 or 4 digits") String securityCode) {

    @Override
    public String toString() {
        String digits = cardNumber == null || cardNumber.length() < 4 ? "" : cardNumber.substring(cardNumber.length() - 4);
        return "SandboxCard[****" + digits + "]";
    }
}
