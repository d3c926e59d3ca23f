package io.tillbridge.syspro;

import io.tillbridge.syspro.internal.XmlNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * GetLogonProfile's answer (reference: syspro.md §1): the session's company and operator, its
 * accounting and company dates, default bank and warehouse and local currency. Other elements are kept
 * in {@link #other()}.
 */
public record LogonProfile(String companyName, String operatorCode, LocalDate accountingDate, LocalDate companyDate,
                           String defaultBank, String defaultWarehouse, String localCurrencyCode, Map<String, String> other) {

    private static final Set<String> MAPPED = Set.of("CompanyName", "OperatorCode", "AccountingDate", "CompanyDate", "DefaultBank",
            "DefaultWarehouse", "LocalCurrencyCode");

    static LogonProfile from(XmlNode root) {
        return new LogonProfile(root.text("CompanyName").orElse(""), root.text("OperatorCode").orElse(""),
                root.date("AccountingDate").orElse(null), root.date("CompanyDate").orElse(null), root.text("DefaultBank").orElse(""),
                root.text("DefaultWarehouse").orElse(""), root.text("LocalCurrencyCode").orElse(""), root.leavesExcept(MAPPED));
    }
}
