package org.ec2tutor.render;

import java.util.List;

/** A titled table of strings, for HTML beside text output. */
public record TableView(String title, List<String> columns, List<List<String>> rows) {

    public TableView {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
