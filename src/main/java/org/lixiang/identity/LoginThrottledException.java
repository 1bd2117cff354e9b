package org.lixiang.identity;

import org.springframework.security.core.AuthenticationException;

/** Login refused because of too many recent failures for this account name or address. */
public class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("too many failed attempts");
    }
}
