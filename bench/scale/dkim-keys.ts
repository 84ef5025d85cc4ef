/**
 * Real public keys generated once with node:crypto (RSA as SubjectPublicKeyInfo, Ed25519 as the raw
 * 32-byte key of RFC 8463 §4.2), shared by all synthetic domains: generating 100,000 RSA keys would
 * take longer than the scan itself. The private halves were discarded.
 */

export const RSA_2048_KEYS = [
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjvxkns1x/xlHIyBPzyVkxnUBdqE9Ial8qnEfAqnflNNblqawKRBt/uHhdUmO3BejEF/qjx80r561QZN+9M5zIgpv1FvfnAxrIMODFVJn42/LwBvhtC3sSF3k5CnOV2YuqFFzV0m2kQ9t1fZOn8mTssk6DkF95mosIBW8HMpP4GesiOivSAiT7bxYvtzyHnMTGUXSdrY/9jZci8ilkn+AEZMVlQa9AJuXI0dURFoS6S8n5B68DSOu78yxpwJmmO7XvnoHlkqamaziYzAJxiD1f3leDHTiQVxTmmKY8TSrOTCzseyL5LzKd6nNJ9GiH8C5pOVzA0vPTU+Nu+vZRuhTtQIDAQAB',
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy37F7iXp6XVxw0IaBl6Gfpxfcs3uCNgMQXQKwc7ngHuF2Cep/E33kUpyEIawy8tmqJfAz4yd4c6EUCH+xDQ8Zu2JlMbVTE4WQ2qbnZhBovqVRgfZBXV3UNc7HB/AjOd0pZgHXbXDdR4enW/rYp2HKJsMUPk+I+5hMDROIEAyv1z3Oj2FWHhpFlZabfH1m72CKc5hgRR/f8joR+cwDTl+srVVEpcWAm/pnryXFDyStdMnVRqH5EMfF2H1K/MrGI1XGyzeSMvBbTG/GdguyVCD+MmOZum0Mix17liz2Gi56gikD5rW1qiqm7mENaNUi88migw65XafLr/lKsSCZW01ZwIDAQAB',
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtbu5d6lg0NBhlYRzZ6CFqYtGMY/ZxwCwIcb+NylX/Uxaa7f1snGU+DnSfczkLogL/aG6IfrH5PEhKrmE/UbuOT8anplQ/O84ZHlRAGMZ5ekGEqVUsslgJgCA51uR9J5QcgxocxFCnv+oNXIFUIaFDe6Qza5Bv0x2Q9h0LZ6E9TcpUiC5ZruSlK50waJOMXn3ys5uTfH/+4nIEdkvPNZZIqWE8wcDb1Xawvz/lIzatiVDaGXaZKBPFFhQf6hI/oSGg1GJs9K4CU8YIX9XFNpVGh/qn9hVyOl2Zx4IJNNAGjFKBu0Q7ys+TPs4rFcPCkeP24fcd5OjNmIvkkDX5nctsQIDAQAB',
] as const;

/** A 1024-bit RSA key: still verifiable (RFC 8301 §3.2) but weak, which the audit reports. */
export const RSA_1024_KEY =
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC3lJRtb3peNmdxLwGAmCG58i67S9laYQaGH1qjAwz/9KXkqrT9uAt3ma0OOuoKKA82Txf3UPI0JntljjpBjp39ZT5ByTIsokaqdigYUY14QFZbz6vftbK7MeU+a2MVwxiY99By2gQmbxHUGTMXJJ4ZsrnOh697b1Q9LzuozhdyDwIDAQAB';

export const ED25519_KEYS = [
  'mn2i+G1pwwSFT4TFORpciGW/p28yYNMa7N5WSYkJ85c=',
  'atm55J1YwhQa4V47SWkb1+R1Jv9bHsEDZoi48Qdozpc=',
] as const;
