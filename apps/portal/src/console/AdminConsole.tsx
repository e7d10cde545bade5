export default function AdminConsole() {
  return null;
}
