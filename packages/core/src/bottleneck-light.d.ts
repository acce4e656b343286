// plugin-throttling runs on Bottleneck's light build; its groups are made from the same build.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
