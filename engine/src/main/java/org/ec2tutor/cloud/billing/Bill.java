package org.ec2tutor.cloud.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What an account owes for a time period, line by line. */
public record Bill(Instant from, Instant to, List<LineItem> items) {

    public Bill {
        items = List.copyOf(items);
    }

    public BigDecimal totalUsd() {
        return items.stream().map(LineItem::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
