package org.givefirst.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code public static final String} constants of a source file: names the code and the deployment files must agree on. */
final class JavaConstants {

    private static final Pattern CONSTANT = Pattern.compile(
            "public\\s+static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]+)\"\\s*;");

    private JavaConstants() {
    }

    /** Constant name to value, in the order of the file; a file without any fails. */
    static Map<String, String> of(String source) {
        Map<String, String> constants = new LinkedHashMap<>();
        Matcher matcher = CONSTANT.matcher(Repo.read(source));
        while (matcher.find()) {
            constants.put(matcher.group(1), matcher.group(2));
        }
        if (constants.isEmpty()) {
            throw new AssertionError("no String constant found in " + source);
        }
        return constants;
    }
}
