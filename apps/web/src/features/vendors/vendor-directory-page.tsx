export function VendorDirectoryPage() {
  return <div>VendorDirectoryPage</div>;
}
