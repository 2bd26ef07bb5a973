package org.ec2tutor.endpoint;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} text (a POST body or a GET query string) to parameters, in order. */
final class FormBody {

    private FormBody() {}

    static Map<String, String> parse(WireProtocol protocol, String text) throws WireException {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String part : text.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new WireException(protocol.malformed("The query string is malformed: " + part));
            }
            if (out.putIfAbsent(name, value) != null) {
                throw new WireException(protocol.malformed("The parameter " + name + " is given more than once"));
            }
        }
        return out;
    }
}
