export function Pricing() {
  return (
    <>
      <h1>Pricing</h1>
      <p>Free for communities; a plan for organisations.</p>
    </>
  );
}
