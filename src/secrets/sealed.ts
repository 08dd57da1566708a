/**
 * A value sealed for a GitHub Actions secret, as GitHub documents it: a libsodium sealed box
 * (X25519, XSalsa20-Poly1305) made with the repository's (or environment's) public key, base64.
 * libsodium-wrappers is the library GitHub's own guide uses; it is loaded only when a secret is
 * sealed, so no other run pays for its start.
 */
export async function sealForGithub(value: string, publicKeyBase64: string): Promise<string> {
  const { default: sodium } = await import('libsodium-wrappers');
  await sodium.ready;
  const key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  if (key.length !== sodium.crypto_box_PUBLICKEYBYTES) throw new Error(`the public key is ${key.length} bytes, not the ${sodium.crypto_box_PUBLICKEYBYTES} of a sealed box's key`);
  return sodium.to_base64(sodium.crypto_box_seal(sodium.from_string(value), key), sodium.base64_variants.ORIGINAL);
}
