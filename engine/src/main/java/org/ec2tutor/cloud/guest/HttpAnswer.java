package org.ec2tutor.cloud.guest;

/** An HTTP response as a guest's server gives it: status code, reason phrase, body. */
record HttpAnswer(int status, String reason, String body) {

    static HttpAnswer ok(String body) {
        return new HttpAnswer(200, "OK", body);
    }

    /**
     * The page the instance metadata service sends with an error status: the same XHTML page for 400, 401, 403, 404
     * and 405, with the status in its title and heading.
     */
    static HttpAnswer imdsError(int status, String reason) {
        String title = status + " - " + reason;
        return new HttpAnswer(status, reason, """
                <?xml version="1.0" encoding="iso-8859-1"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
                \t"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
                 <head>
                  <title>%s</title>
                 </head>
                 <body>
                  <h1>%s</h1>
                 </body>
                </html>
                """.formatted(title, title));
    }
}
