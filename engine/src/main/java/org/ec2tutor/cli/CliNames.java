package org.ec2tutor.cli;

import java.util.Locale;
import java.util.regex.Pattern;

/** The AWS CLI's spelling of model names: {@code DescribeInstances} → {@code describe-instances}. */
final class CliNames {

    private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
    private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");

    private CliNames() {}

    /** As botocore's {@code xform_name}: split before capitalised words, then before lone capitals. */
    static String kebab(String modelName) {
        String s = FIRST_CAP.matcher(modelName).replaceAll("$1-$2");
        return END_CAP.matcher(s).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }
}
