package org.ec2tutor.render;

import java.util.List;

/** A titled table of strings, for HTML beside text output, with each row's whole record as text (JSON). */
public record TableView(String title, List<String> columns, List<List<String>> rows, List<String> records) {

    public TableView {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        records = List.copyOf(records);
    }
}
