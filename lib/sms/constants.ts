/** The sandbox SMS gateway's token: the default of SMS_TOKEN while SANDBOX=on. */
export const SANDBOX_SMS_TOKEN = 'sandbox-sms-token';
