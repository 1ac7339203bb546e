import { Chat } from './chat';
import { ConsentStatus } from './consent-status';

export default function Home() {
  return (
    <>
      <h1>Conectamos</h1>
      <ConsentStatus />
      <Chat />
    </>
  );
}
