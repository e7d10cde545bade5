export default function AuthorityDesk() {
  return null;
}
